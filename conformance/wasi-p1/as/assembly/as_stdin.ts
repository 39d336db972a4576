// Reads stdin to EOF in small chunks through process.stdin.read and echoes it reversed by line.
const chunk = new ArrayBuffer(5);
let text = "";
let total = 0;
let reads = 0;
while (true) {
  const n = process.stdin.read(chunk);
  if (n == 0) break;
  reads++;
  total += n;
  text += String.UTF8.decode(chunk.slice(0, n));
}
const lines = text.split("\n");
for (let i = lines.length - 1; i >= 0; i--) {
  process.stdout.write(lines[i] + "|\n");
}
console.log("bytes=" + total.toString() + " several reads=" + (reads > 1).toString());
