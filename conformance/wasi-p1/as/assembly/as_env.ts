// process.env holds exactly the granted variables.
const keys = process.env.keys().sort();
console.log("count=" + keys.length.toString());
for (let i = 0; i < keys.length; i++) {
  console.log(keys[i] + "=" + process.env.get(keys[i]));
}
console.log("has PATH: " + process.env.has("PATH").toString());
