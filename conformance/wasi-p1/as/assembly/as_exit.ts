// process.exit(42) stops at once with status 42.
console.log("exiting with 42");
process.exit(42);
console.log("unreachable");
