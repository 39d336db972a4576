package dev.wasmhost.component.link;

import dev.wasmhost.component.abi.CallContext;
import dev.wasmhost.component.abi.CanonDirection;
import dev.wasmhost.component.abi.CanonicalAbi;
import dev.wasmhost.component.abi.CoreType;
import dev.wasmhost.component.abi.FuncType;
import dev.wasmhost.component.abi.GuestMemory;
import dev.wasmhost.component.abi.HandleTable;
import dev.wasmhost.component.abi.Realloc;
import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.StringEncoding;
import dev.wasmhost.component.abi.Value;
import dev.wasmhost.component.binary.Canon;
import dev.wasmhost.component.binary.CanonOption;
import dev.wasmhost.component.binary.Sort;
import java.util.List;
import java.util.Optional;
import run.endive.wasm.types.FunctionType;
import run.endive.wasm.types.ValType;

/** The canonical definitions: {@code canon lift}, {@code canon lower} and the resource built-ins. */
final class Canons {
  private static final FunctionType I32_TO_I32 = FunctionType.of(List.of(ValType.I32), List.of(ValType.I32));
  private static final FunctionType I32_TO_NONE = FunctionType.of(List.of(ValType.I32), List.of());

  /** The canonical options of one lift or lower, resolved to the frame's core items. */
  record Options(GuestMemory memory, Realloc realloc, StringEncoding encoding, CoreExtern.Func postReturn) {
    CallContext context(HandleTable handles) {
      return new CallContext(memory, realloc, encoding, handles);
    }
  }

  private final Instantiator instantiator;

  Canons(Instantiator instantiator) {
    this.instantiator = instantiator;
  }

  /** What {@code c} defines: a {@link Func} for lift, a {@link CoreExtern.Func} for the others. */
  Object define(Frame f, Canon c) {
    String what = c.definedSort() == Sort.FUNC
        ? "func " + f.size(Sort.FUNC) + " (canon lift)"
        : "core func " + f.size(Sort.CORE_FUNC);
    return switch (c) {
      case Canon.Lift l -> lift(f, l, what);
      case Canon.Lower l -> lower(f, l, what);
      case Canon.ResourceNew r -> {
        ResourceType t = f.types.resource(r.type(), what + " (canon resource.new)");
        HandleTable handles = f.handles;
        yield new CoreExtern.Func(I32_TO_I32, (inst, args) -> new long[] {handles.insertOwn(t, (int) args[0])});
      }
      case Canon.ResourceRep r -> {
        ResourceType t = f.types.resource(r.type(), what + " (canon resource.rep)");
        HandleTable handles = f.handles;
        yield new CoreExtern.Func(I32_TO_I32, (inst, args) -> new long[] {handles.rep(t, (int) args[0])});
      }
      case Canon.ResourceDrop r -> {
        ResourceType t = f.types.resource(r.type(), what + " (canon resource.drop)");
        HandleTable handles = f.handles;
        yield new CoreExtern.Func(I32_TO_NONE, (inst, args) -> {
          HandleTable.Dropped d = handles.drop(t, (int) args[0]);
          if (d.own()) {
            instantiator.destroy(d.type(), d.rep());
          }
          return new long[0];
        });
      }
      case Canon.Builtin b -> throw LinkException.unsupported(f.path + ": " + what + " is canon "
          + b.op().name().toLowerCase(java.util.Locale.ROOT).replace('_', '.')
          + " (component-model async and threads are not implemented)");
    };
  }

  private Func lift(Frame f, Canon.Lift l, String what) {
    FuncType type = f.types.funcType(l.type(), what);
    CoreExtern.Func core = f.get(Sort.CORE_FUNC, l.coreFunc(), CoreExtern.Func.class, what);
    Options opts = options(f, l.options(), what);
    FunctionType expected = coreType(type, CanonDirection.LIFT);
    if (core.type() != null && !core.type().typesMatch(expected)) {
      throw LinkException.invalid(f.path + ": " + what + ": the core function has type " + core.type()
          + " but lifting the component type needs " + expected);
    }
    HandleTable handles = f.handles;
    return new Func() {
      @Override
      public FuncType type() {
        return type;
      }

      @Override
      public Optional<Value> call(List<Value> args) {
        CallContext cx = opts.context(handles);
        long[] coreArgs = CanonicalAbi.lowerParams(type, args, cx);
        long[] coreResults = core.call(coreArgs);
        Optional<Value> result = CanonicalAbi.liftResults(type, coreResults, cx);
        if (opts.postReturn() != null) {
          opts.postReturn().call(coreResults);
        }
        cx.endCall();
        return result;
      }
    };
  }

  private CoreExtern.Func lower(Frame f, Canon.Lower l, String what) {
    Func target = f.get(Sort.FUNC, l.func(), Func.class, what + " (canon lower)");
    FuncType type = target.type();
    Options opts = options(f, l.options(), what);
    HandleTable handles = f.handles;
    return new CoreExtern.Func(coreType(type, CanonDirection.LOWER), (inst, args) -> {
      CallContext cx = opts.context(handles);
      List<Value> params = CanonicalAbi.liftParams(type, args, cx);
      Optional<Value> result = target.call(params);
      long[] out = CanonicalAbi.lowerResults(type, result, args, cx);
      cx.endCall();
      return out;
    });
  }

  private Options options(Frame f, List<CanonOption> options, String what) {
    GuestMemory memory = null;
    Realloc realloc = null;
    StringEncoding encoding = StringEncoding.UTF8;
    CoreExtern.Func postReturn = null;
    for (CanonOption o : options) {
      switch (o.kind()) {
        case UTF8 -> encoding = StringEncoding.UTF8;
        case UTF16 -> encoding = StringEncoding.UTF16;
        case LATIN1_UTF16 -> encoding = StringEncoding.LATIN1_UTF16;
        case MEMORY -> memory = new EndiveMemory(
            f.get(Sort.CORE_MEMORY, o.index(), CoreExtern.Memory.class, what + " memory option").memory());
        case REALLOC -> {
          CoreExtern.Func fn = f.get(Sort.CORE_FUNC, o.index(), CoreExtern.Func.class, what + " realloc option");
          realloc = (oldPtr, oldSize, align, newSize) -> (int) fn.call(oldPtr, oldSize, align, newSize)[0];
        }
        case POST_RETURN -> postReturn =
            f.get(Sort.CORE_FUNC, o.index(), CoreExtern.Func.class, what + " post-return option");
        case ASYNC, CALLBACK -> throw LinkException.unsupported(f.path + ": " + what
            + " uses the async canonical option");
      }
    }
    return new Options(memory, realloc, encoding, postReturn);
  }

  /** The core signature of a lifted or lowered function, as Endive types. */
  static FunctionType coreType(FuncType type, CanonDirection direction) {
    return FunctionType.of(endive(CanonicalAbi.flattenParams(type, direction)),
        endive(CanonicalAbi.flattenResults(type, direction)));
  }

  private static List<ValType> endive(List<CoreType> types) {
    return types.stream().map(t -> switch (t) {
      case I32 -> ValType.I32;
      case I64 -> ValType.I64;
      case F32 -> ValType.F32;
      case F64 -> ValType.F64;
    }).toList();
  }
}
