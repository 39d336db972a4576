// An uncaught throw goes to the shim's abort: a message on stderr, then proc_exit(255).
function check(n: i32): i32 {
  if (n > 2) throw new Error("value too large: " + n.toString());
  return n;
}
console.log("checked " + check(2).toString());
console.log("checked " + check(process.argv.length + 5).toString());
