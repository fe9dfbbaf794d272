// Generators: the compiled generator function, which makes a genuine
// generator object around its frame (RETURN_GENERATOR), and the resume
// function that runs the generator's body natively (see
// nuitka_cc/helper/generators.h for the protocol).
//
// The resume function is entered anew for every next(), send() and
// throw(). It continues at a yield point chosen by a switch: the values
// saved in the frame's stack at that yield are copied back into their C
// variables and a goto enters the body where it left off. A yield saves
// what is still needed after it: the values being computed (live), those
// held by enclosing constructs (a handler's caught exception, a pending
// return value) and the body's temporary variables still needed after it
// (yield_saves.cc), all owned or NULL.
//
//   def g(n):                     generator_function_g: bind n, make cells,
//       x = yield n                   return the generator
//       return x                  generator_g: switch (point) { case 1: ... }
//                                   <save>; yield n; resume_1: x = sent
#include <Python.h>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "codegen/codegen_internal.h"

namespace nuitka_cc {
namespace {

// Yield points are numbered with small int objects, which never fail to be
// made.
constexpr int kMaxYieldPoints = 250;

// What the yield at `node` saves: the temporaries still needed, held and
// live values.
std::vector<std::string> SavedValues(const EmissionContext& ctx, const Node* node) {
  std::vector<std::string> saved;
  absl::flat_hash_set<std::string> seen;
  auto add = [&](const std::vector<std::string>& values) {
    for (const std::string& value : values) {
      if (seen.insert(value).second) saved.push_back(value);
    }
  };
  std::vector<std::string> temps;
  auto it = ctx.generator()->temps.find(node);
  if (it != ctx.generator()->temps.end()) {
    for (const Variable* temp : it->second.saved) temps.push_back(TempVariableName(temp));
  }
  add(temps);
  add(ctx.HeldValues());
  add(ctx.live());
  return saved;
}

// Temporaries past their last use are released (normally unbound already):
// the C variables do not survive the suspension.
void EmitReleasedTemps(EmissionContext& ctx, const Node* node) {
  auto it = ctx.generator()->temps.find(node);
  if (it == ctx.generator()->temps.end()) return;
  for (const Variable* temp : it->second.released) {
    ctx.Line(absl::StrCat("Py_CLEAR(", TempVariableName(temp), ");"));
  }
}

// The YIELD_VALUE instruction CPython made for the yield at `node`, or -1:
// the one with its range, else one whose range contains it (a generator
// expression's yields have the whole expression's), else one on its line.
// `in_send_loop`: the one following SEND in a `yield from`.
int YieldInstruction(const CodeObjectInfo& code, const Node* node, bool in_send_loop) {
  const SourceReference& ref = node->source();
  int containing = -1;
  int same_line = -1;
  for (size_t i = 0; i < code.instructions.size(); ++i) {
    const InstructionPosition& p = code.instructions[i];
    if (p.opname != "YIELD_VALUE") continue;
    bool after_send = i > 0 && code.instructions[i - 1].opname == "SEND";
    if (after_send != in_send_loop) continue;
    if (p.line == ref.line && p.end_line == ref.end_line && p.column == ref.column &&
        p.end_column == ref.end_column) {
      return p.index;
    }
    bool starts_before = p.line < ref.line || (p.line == ref.line && p.column <= ref.column);
    bool ends_after = p.end_line > ref.end_line ||
                      (p.end_line == ref.end_line && p.end_column >= ref.end_column);
    if (containing < 0 && starts_before && ends_after) containing = p.index;
    if (same_line < 0 && p.line == ref.line) same_line = p.index;
  }
  return containing >= 0 ? containing : same_line;
}

// A new yield point; false (construct unsupported) beyond the limit.
GeneratorState::Point* NewPoint(EmissionContext& ctx, const Node* node) {
  GeneratorState* state = ctx.generator();
  if (state->points.size() >= kMaxYieldPoints) {
    ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_SHAPE more than ", kMaxYieldPoints,
                                       " yields ", NodeLine(node)));
    return nullptr;
  }
  GeneratorState::Point point;
  point.number = static_cast<int>(state->points.size()) + 1;
  point.resume_label = ctx.NewLabel("yield_resume");
  state->points.push_back(std::move(point));
  return &state->points.back();
}

// Moves the saved values into the frame's stack and suspends; the caller
// returns the yielded value next.
void EmitSuspend(EmissionContext& ctx, const Node* node, GeneratorState::Point& point,
                 const std::string& delegate, int yield_index) {
  GeneratorState* state = ctx.generator();
  point.saved = SavedValues(ctx, node);
  EmitReleasedTemps(ctx, node);
  state->max_saved = std::max(state->max_saved, static_cast<int>(point.saved.size()));
  for (size_t i = 0; i < point.saved.size(); ++i) {
    ctx.Line(absl::StrCat("frame->localsplus[", state->nlocalsplus + static_cast<int>(i),
                          "] = ", point.saved[i], ";"));
  }
  ctx.Line(absl::StrCat("NuitkaCC_Generator_Yield(tstate, frame, ", point.saved.size(), ", ",
                        point.number, ", ", delegate, ", ", yield_index, ");"));
}

// Resumed with throw(): the exception is raised at the yield.
void EmitThrowCheck(EmissionContext& ctx, const std::string& extra_release) {
  ctx.Line(absl::StrCat("if (unlikely(throwflag)) { Py_DECREF(sent_value); ", extra_release,
                        ctx.ErrorExit(), " }"));
}

CValue TakeSent(EmissionContext& ctx, const std::string& result) {
  ctx.Line(absl::StrCat(result, " = sent_value;"));
  ctx.Line("sent_value = NULL;");
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

// The switch case restoring a point's saved values.
std::string ResumeCase(const GeneratorState& state, const GeneratorState::Point& point) {
  std::string out = absl::StrCat("    case ", point.number, ":\n");
  for (size_t i = 0; i < point.saved.size(); ++i) {
    absl::StrAppend(&out, "      ", point.saved[i], " = frame->localsplus[",
                    state.nlocalsplus + static_cast<int>(i), "];\n");
  }
  absl::StrAppend(&out, "      NuitkaCC_Generator_Restored(frame);\n");
  if (point.delegate_var.empty()) {
    absl::StrAppend(&out, "      goto ", point.resume_label, ";\n");
  } else {
    absl::StrAppend(&out, "      if (resumed_delegate != NULL) {\n", "        ",
                    point.delegate_var, " = resumed_delegate;\n", "        goto ",
                    point.resume_label, ";\n", "      }\n", "      goto ", point.done_label,
                    ";\n");
  }
  return out;
}

// The generator object body under `function_body`: its statements are
// `return MakeGeneratorObject(<object body>)`.
const Node* GeneratorObjectBody(const Node* function_body) {
  const Node* statements = function_body->Child(ChildRole::k_body);
  if (statements == nullptr) return nullptr;
  auto list = statements->ChildrenIn(ChildRole::k_statements);
  if (list.size() != 1 || list[0]->kind() != NodeKind::kStatementReturn) return nullptr;
  const Node* make = list[0]->Child(ChildRole::k_expression);
  if (make == nullptr || make->kind() != NodeKind::kExpressionMakeGeneratorObject) {
    return nullptr;
  }
  const Node* body = make->target();
  if (body == nullptr || body->kind() != NodeKind::kExpressionGeneratorObjectBody) {
    return nullptr;
  }
  return body;
}

int ReturnGeneratorInstruction(const CodeObjectInfo& code) {
  for (const InstructionPosition& p : code.instructions) {
    if (p.opname == "RETURN_GENERATOR") return p.index;
  }
  return -1;
}

std::string ResumeDefinition(EmissionContext& ctx, const GeneratorState& state,
                             const std::string& name, const std::string& qualname,
                             int first_line, ExitTarget& error_exit,
                             ExitTarget& return_exit) {
  std::string out = absl::StrCat(
      "/* The compiled body of the generator ", qualname, " (line ", first_line,
      "): runs it from its start or from the yield it was suspended at. */\n",
      "static PyObject *", name,
      "(PyThreadState *tstate, _PyInterpreterFrame *frame, int throwflag) {\n",
      "  PyObject *return_value = NULL;\n", "  PyObject *sent_value = NULL;\n",
      "  PyObject *resumed_delegate = NULL;\n", ctx.Declarations("  "),
      "  if (unlikely(NuitkaCC_Generator_Enter(tstate, frame) < 0)) {\n",
      "    return NULL;\n", "  }\n", "  sent_value = NuitkaCC_Generator_TakeSent(frame);\n",
      "  switch (NuitkaCC_Generator_ResumePoint(frame, &resumed_delegate)) {\n");
  for (const GeneratorState::Point& point : state.points) {
    absl::StrAppend(&out, ResumeCase(state, point));
  }
  error_exit.used_tb = true;
  absl::StrAppend(&out, "    default:\n", "      break;\n", "  }\n",
                  "  /* From the start: throw() raises before the first line. */\n",
                  "  if (unlikely(throwflag)) {\n", "    Py_DECREF(sent_value);\n",
                  "    goto ", error_exit.label, "_tb;\n", "  }\n",
                  "  Py_DECREF(sent_value);\n", ctx.body(),
                  CompiledBodyExits(ctx, error_exit, return_exit,
                                    "NuitkaCC_Generator_Finish(tstate, frame);"),
                  "}\n");
  return out;
}

std::string EntryDefinition(ModuleEmitter& module, const std::string& name,
                            const CodeObjectInfo& code, const std::string& qualname,
                            int return_generator) {
  std::string out = CompiledEntryHead(
      module, name, code,
      absl::StrCat("The compiled generator function ", qualname, " (line ", code.first_line,
                   "): binds the arguments and returns the generator."),
      "");
  // MAKE_CELL and COPY_FREE_VARS come before RETURN_GENERATOR.
  for (size_t i = 0; i < code.localsplus_kinds.size(); ++i) {
    if (code.localsplus_kinds[i] & kLocalKindCell) {
      absl::StrAppend(&out, "  if (unlikely(NuitkaCC_Function_MakeCell(frame->localsplus, ", i,
                      ") < 0)) {\n", "    NuitkaCC_Frame_Free(tstate, frame);\n",
                      "    return NULL;\n", "  }\n");
    }
  }
  if (code.nfreevars > 0) {
    absl::StrAppend(&out, "  NuitkaCC_Function_CopyFreeVars(function, frame->localsplus, ",
                    code.localsplus_names.size(), ", ", code.nfreevars, ");\n");
  }
  absl::StrAppend(&out, "  return NuitkaCC_Generator_New(tstate, frame, ", return_generator,
                  ");\n", "}\n");
  return out;
}

}  // namespace

std::string GenerateGeneratorFunction(ModuleEmitter& module, const Node* function_body,
                                      const CodeObjectInfo& code) {
  const Scope* scope = function_body->scope();
  const Node* object_body = GeneratorObjectBody(function_body);
  int return_generator = ReturnGeneratorInstruction(code);
  if (object_body == nullptr || return_generator < 0) {
    module.Decide(scope, {false, "UNSUPPORTED_SHAPE generator function", "", function_body});
    return "";
  }
  ModuleEmitter::Checkpoint mark = module.Mark();
  EmissionContext ctx(module, scope, &code);
  ctx.set_has_frame(true);
  DeclareTempVariables(ctx);
  GeneratorState state;
  state.nlocalsplus = static_cast<int>(code.localsplus_names.size());
  std::vector<const Variable*> temps;
  for (const Variable* variable : scope->variables()) {
    if (variable->kind() == VariableKind::kTemp) temps.push_back(variable);
  }
  state.temps = AnalyzeYieldSaves(object_body->Child(ChildRole::k_body), temps);
  ctx.set_generator(&state);
  std::unique_ptr<ExitTarget> error_exit = ctx.NewTarget("generator_error_exit");
  std::unique_ptr<ExitTarget> return_exit = ctx.NewTarget("generator_return");
  ReturnTarget return_target{return_exit.get(), "return_value"};
  ctx.set_error_target(error_exit.get());
  ctx.set_return_target(&return_target);
  // RESUME's check of the eval breaker at the start.
  ctx.ErrorCheck("unlikely(NuitkaCC_EvalBreakerSet(tstate)) && "
                 "NuitkaCC_HandleEvalBreaker(tstate) < 0");
  GenerateStatementSequence(ctx, object_body->Child(ChildRole::k_body));
  if (ctx.failed()) {
    module.Rollback(mark);
    module.Decide(scope, {false, ctx.unsupported_reason(), "", ctx.unsupported_node()});
    return "";
  }

  const std::string& qualname = scope->qualname();
  std::string resume = module.UniqueName("generator", qualname);
  std::string entry = module.UniqueName("generator_function", qualname);
  std::string info = module.UniqueName("generator_code", qualname);
  module.AddFunction(
      absl::StrCat("static PyObject *", resume,
                   "(PyThreadState *tstate, _PyInterpreterFrame *frame, int throwflag);"),
      ResumeDefinition(ctx, state, resume, qualname, code.first_line, *error_exit,
                       *return_exit));
  module.AddFunction(
      absl::StrCat("static PyObject *", entry,
                   "(PyObject *function_object, PyObject *const *args, size_t nargsf, "
                   "PyObject *kwnames);"),
      absl::StrCat(EntryDefinition(module, entry, code, qualname, return_generator), "\n",
                   "static const NuitkaCC_GeneratorCode ", info, " = {", resume, ", ", entry,
                   "};\n"));
  // The stack holds the saved values, the yield point, a delegate and the
  // value sent in.
  module.AddCodeSetup(absl::StrCat("NuitkaCC_Generator_RegisterCode(&",
                                   module.CodeObject(code), ", ", state.max_saved + 3, ", &",
                                   info, ")"));
  module.Decide(scope, {true, "", entry});
  return entry;
}

CValue GenerateYield(EmissionContext& ctx, const Node* node) {
  if (ctx.generator() == nullptr || ctx.code() == nullptr) {
    ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_SHAPE yield outside a generator ",
                                       NodeLine(node)));
    return {"NULL", false};
  }
  int yield_index = YieldInstruction(*ctx.code(), node, /*in_send_loop=*/false);
  if (yield_index < 0) {
    ctx.Unsupported(node, absl::StrCat("NO_YIELD_INSTRUCTION ", NodeLine(node)));
    return {"NULL", false};
  }
  CValue value = ctx.Owned(GenerateExpression(ctx, node->Child(ChildRole::k_expression)));
  GeneratorState::Point* point = NewPoint(ctx, node);
  if (point == nullptr) return {"NULL", false};
  // The yielded value goes to the caller.
  ctx.Forget(value);
  EmitSuspend(ctx, node, *point, "NULL", yield_index);
  ctx.Line(absl::StrCat("return ", value.expr, ";"));
  ctx.Label(point->resume_label);
  EmitThrowCheck(ctx, "");
  return TakeSent(ctx, ctx.NewTemp("tmp_sent"));
}

// yield from: GET_YIELD_FROM_ITER, then SEND until the delegate returns;
// each value it yields is yielded with the delegate on the stack.
CValue GenerateYieldFrom(EmissionContext& ctx, const Node* node) {
  if (ctx.generator() == nullptr || ctx.code() == nullptr) {
    ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_SHAPE yield from outside a generator ",
                                       NodeLine(node)));
    return {"NULL", false};
  }
  int yield_index = YieldInstruction(*ctx.code(), node, /*in_send_loop=*/true);
  if (yield_index < 0) {
    ctx.Unsupported(node, absl::StrCat("NO_YIELD_INSTRUCTION ", NodeLine(node)));
    return {"NULL", false};
  }
  CValue iterable = ctx.Owned(GenerateExpression(ctx, node->Child(ChildRole::k_expression)));
  GeneratorState::Point* point = NewPoint(ctx, node);
  if (point == nullptr) return {"NULL", false};
  point->delegate_var = ctx.NewTemp("tmp_delegate");
  point->done_label = ctx.NewLabel("yield_from_done");
  std::string delegate = point->delegate_var;
  std::string send = ctx.NewTemp("tmp_send");
  std::string result = ctx.NewTemp("tmp_yield_from");
  std::string status = ctx.NewLocal("PySendResult", "send_status", "PYGEN_NEXT");
  std::string loop = ctx.NewLabel("yield_from_send");
  std::string end = ctx.NewLabel("yield_from_end");

  ctx.SetPosition(node, {"GET_YIELD_FROM_ITER"});
  ctx.Line(absl::StrCat(delegate, " = NuitkaCC_YieldFromIter(tstate, frame, ",
                        iterable.expr, ");"));
  ctx.Forget(iterable);
  ctx.ErrorCheck(absl::StrCat(delegate, " == NULL"));
  ctx.Line(absl::StrCat(send, " = Py_NewRef(Py_None);"));
  // Outside the send loop the live values are those before the yield from.
  std::vector<std::string> live = ctx.live();

  ctx.Label(loop);
  ctx.SetPosition(node, {"SEND"});
  ctx.Line(absl::StrCat(status, " = PyIter_Send(", delegate, ", ", send, ", &", result,
                        ");"));
  ctx.Line(absl::StrCat("Py_CLEAR(", send, ");"));
  ctx.Open(absl::StrCat("if (", status, " == PYGEN_NEXT)"));
  EmitSuspend(ctx, node, *point, delegate, yield_index);
  ctx.Line(absl::StrCat("return ", result, ";"));
  ctx.Close();
  ctx.Line(absl::StrCat("Py_CLEAR(", delegate, ");"));
  ctx.ErrorCheck(absl::StrCat(status, " == PYGEN_ERROR"));
  ctx.Line(absl::StrCat("goto ", end, ";"));

  // Resumed with the delegate on the stack: send the value on, or throw.
  ctx.Label(point->resume_label);
  EmitThrowCheck(ctx, absl::StrCat("Py_CLEAR(", delegate, "); "));
  ctx.Line(absl::StrCat(send, " = sent_value;"));
  ctx.Line("sent_value = NULL;");
  ctx.Line(absl::StrCat("goto ", loop, ";"));

  // CPython's throw() finished the delegation: the value sent is the result.
  ctx.Label(point->done_label);
  EmitThrowCheck(ctx, "");
  ctx.Line(absl::StrCat(result, " = sent_value;"));
  ctx.Line("sent_value = NULL;");
  ctx.Label(end);
  ctx.set_live(live);
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

}  // namespace nuitka_cc
