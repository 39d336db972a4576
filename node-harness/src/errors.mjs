// Exit statuses and the failure type shared by the harness; the numbers are wasmhost's
// (host/runtime ExitCode), so a script cannot tell the two hosts apart by status.
export const ExitCode = Object.freeze({
  INTERNAL: 1,
  USAGE: 2,
  INVALID_MODULE: 65,
  NOT_FOUND: 66,
  UNRESOLVED_IMPORT: 67,
  TIMEOUT: 124,
  MEMORY_LIMIT: 125,
  TRAP: 134,
});

/** A failure the user caused or must act on: printed as one `error: ...` line, then exit. */
export class HostError extends Error {
  constructor(exitCode, message, extraLines = []) {
    super(message);
    this.exitCode = exitCode;
    this.extraLines = extraLines;
  }
}

/** A usage error: picocli prints these with a pointer to the help. */
export function usage(message) {
  return new HostError(ExitCode.USAGE, message, ["Run 'wasmhost help run' for usage."]);
}
