// console.log, process.stderr and process.argv through the WASI shim.
console.log("hello from AssemblyScript");
console.log("argc=" + process.argv.length.toString());
for (let i = 1; i < process.argv.length; i++) {
  console.log("arg " + i.toString() + ": [" + process.argv[i] + "]");
}
process.stderr.write("to stderr: héllo ✓\n");
