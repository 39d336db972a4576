package dev.wasmhost.component.binary;

import java.util.List;

/** The canonical built-ins beyond lift, lower and resource.new/drop/rep, with their opcodes and immediates. */
public enum CanonOp {
  TASK_CANCEL(0x05), SUBTASK_CANCEL(0x06, Imm.FLAG), TASK_RETURN(0x09, Imm.RESULT, Imm.OPTS),
  CONTEXT_GET(0x0a, Imm.CORE_VALTYPE, Imm.U32), CONTEXT_SET(0x0b, Imm.CORE_VALTYPE, Imm.U32),
  THREAD_YIELD(0x0c, Imm.FLAG), SUBTASK_DROP(0x0d),
  STREAM_NEW(0x0e, Imm.TYPE), STREAM_READ(0x0f, Imm.TYPE, Imm.OPTS), STREAM_WRITE(0x10, Imm.TYPE, Imm.OPTS),
  STREAM_CANCEL_READ(0x11, Imm.TYPE, Imm.FLAG), STREAM_CANCEL_WRITE(0x12, Imm.TYPE, Imm.FLAG),
  STREAM_DROP_READABLE(0x13, Imm.TYPE), STREAM_DROP_WRITABLE(0x14, Imm.TYPE),
  FUTURE_NEW(0x15, Imm.TYPE), FUTURE_READ(0x16, Imm.TYPE, Imm.OPTS), FUTURE_WRITE(0x17, Imm.TYPE, Imm.OPTS),
  FUTURE_CANCEL_READ(0x18, Imm.TYPE, Imm.FLAG), FUTURE_CANCEL_WRITE(0x19, Imm.TYPE, Imm.FLAG),
  FUTURE_DROP_READABLE(0x1a, Imm.TYPE), FUTURE_DROP_WRITABLE(0x1b, Imm.TYPE),
  ERROR_CONTEXT_NEW(0x1c, Imm.OPTS), ERROR_CONTEXT_DEBUG_MESSAGE(0x1d, Imm.OPTS), ERROR_CONTEXT_DROP(0x1e),
  WAITABLE_SET_NEW(0x1f), WAITABLE_SET_WAIT(0x20, Imm.FLAG, Imm.CORE_MEMORY),
  WAITABLE_SET_POLL(0x21, Imm.FLAG, Imm.CORE_MEMORY), WAITABLE_SET_DROP(0x22), WAITABLE_JOIN(0x23),
  BACKPRESSURE_INC(0x24), BACKPRESSURE_DEC(0x25), THREAD_INDEX(0x26),
  THREAD_NEW_INDIRECT(0x27, Imm.CORE_TYPE, Imm.CORE_TABLE), THREAD_RESUME_LATER(0x28),
  THREAD_SUSPEND(0x29, Imm.FLAG), THREAD_SUSPEND_THEN_RESUME(0x2a, Imm.FLAG),
  THREAD_YIELD_THEN_RESUME(0x2b, Imm.FLAG), THREAD_SUSPEND_THEN_PROMOTE(0x2c, Imm.FLAG),
  THREAD_YIELD_THEN_PROMOTE(0x2d, Imm.FLAG),
  THREAD_SPAWN_REF(0x40, Imm.FLAG, Imm.CORE_TYPE),
  THREAD_SPAWN_INDIRECT(0x41, Imm.FLAG, Imm.CORE_TYPE, Imm.CORE_TABLE),
  THREAD_AVAILABLE_PARALLELISM(0x42, Imm.FLAG);

  /** Kinds of immediates; integer ones appear in {@link Canon.Builtin#immediates()} in this order. */
  public enum Imm {
    /** A 0x00/0x01 byte: async?, cancel? or shared?. */
    FLAG,
    /** A component type index. */
    TYPE,
    CORE_TYPE, CORE_TABLE, CORE_MEMORY,
    /** A core value type opcode. */
    CORE_VALTYPE,
    /** A plain u32. */
    U32,
    /** A result list (task.return only); not an integer immediate. */
    RESULT,
    /** A canon option vector; not an integer immediate. */
    OPTS
  }

  private final int code;
  private final List<Imm> shape;

  CanonOp(int code, Imm... shape) {
    this.code = code;
    this.shape = List.of(shape);
  }

  public int code() {
    return code;
  }

  public List<Imm> shape() {
    return shape;
  }

  static CanonOp of(int code) {
    for (CanonOp op : values()) {
      if (op.code == code) {
        return op;
      }
    }
    return null;
  }
}
