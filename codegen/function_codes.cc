// Functions: creating genuine function objects from their real code objects
// (ExpressionFunctionCreation), and the compiled entry of a function body.
//
// The entry is the function's vectorcall. It allocates a frame for the code
// object, binds the arguments into its localsplus (a fast path for exact
// positional calls, else CPython's initialize_locals through
// NuitkaCC_Function_ParseArguments), links the frame (counting the
// recursion), makes the cells (MAKE_CELL) and copies the closure
// (COPY_FREE_VARS), then runs the body. Its exits release the temporaries
// and pop the frame, which releases the locals.
#include <Python.h>

#include "absl/strings/str_cat.h"
#include "codegen/codegen_internal.h"

namespace nuitka_cc {
namespace {

// Positional parameters only: exact positional calls can bind directly.
bool SimpleSignature(const CodeObjectInfo& code) {
  constexpr int kVarargs = 0x04;   // CO_VARARGS
  constexpr int kVarkeywords = 0x08;  // CO_VARKEYWORDS
  return (code.flags & (kVarargs | kVarkeywords)) == 0 && code.kwonlyargcount == 0;
}

}  // namespace

std::string CompiledEntryHead(ModuleEmitter& module, const std::string& name,
                              const CodeObjectInfo& code, const std::string& comment,
                              const std::string& declarations) {
  std::string code_object = module.CodeObject(code);
  std::string out = absl::StrCat(
      "/* ", comment, " */\n",
      "static PyObject *", name,
      "(PyObject *function_object, PyObject *const *args, size_t nargsf,\n",
      "    PyObject *kwnames) {\n",
      "  PyFunctionObject *function = (PyFunctionObject *)function_object;\n",
      "  if (unlikely(function->func_code != (PyObject *)", code_object, ")) {\n",
      "    /* __code__ was replaced: run what is there now. */\n",
      "    return _PyFunction_Vectorcall(function_object, args, nargsf, kwnames);\n",
      "  }\n",
      "  PyThreadState *tstate = _PyThreadState_GET();\n");
  absl::StrAppend(&out, declarations);
  absl::StrAppend(
      &out,
      "  _PyInterpreterFrame *frame = NuitkaCC_Frame_Allocate(tstate, function, NULL);\n",
      "  if (unlikely(frame == NULL)) {\n", "    return NULL;\n", "  }\n",
      "  Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);\n");
  std::string parse = absl::StrCat(
      "NuitkaCC_Function_ParseArguments(tstate, function, frame->localsplus, args, nargs, "
      "kwnames) < 0");
  if (SimpleSignature(code)) {
    absl::StrAppend(&out, "  if (likely(kwnames == NULL && nargs == ", code.argcount,
                    ")) {\n");
    for (int i = 0; i < code.argcount; ++i) {
      absl::StrAppend(&out, "    frame->localsplus[", i, "] = Py_NewRef(args[", i, "]);\n");
    }
    absl::StrAppend(&out, "  } else if (unlikely(", parse, ")) {\n");
  } else {
    absl::StrAppend(&out, "  if (unlikely(", parse, ")) {\n");
  }
  absl::StrAppend(&out, "    NuitkaCC_Frame_Free(tstate, frame);\n", "    return NULL;\n",
                  "  }\n");
  return out;
}

std::string CompiledBodyExits(EmissionContext& ctx, const ExitTarget& error_exit,
                              const ExitTarget& return_exit, const std::string& leave) {
  // Falling off the end returns None (the tree normally ends in a return).
  std::string out = "  return_value = Py_NewRef(Py_None);\n";
  if (return_exit.used) absl::StrAppend(&out, return_exit.label, ":;\n");
  absl::StrAppend(&out, TempVariableReleases(ctx, "  "), "  ", leave, "\n",
                  "  return return_value;\n");
  if (error_exit.used_tb) {
    absl::StrAppend(&out, error_exit.label, "_tb:;\n",
                    "  NuitkaCC_Frame_AddTraceback(frame);\n");
  }
  if (error_exit.used) absl::StrAppend(&out, error_exit.label, ":;\n");
  if (error_exit.used || error_exit.used_tb) {
    absl::StrAppend(&out, TempVariableReleases(ctx, "  "), "  Py_XDECREF(return_value);\n",
                    "  ", leave, "\n", "  return NULL;\n");
  }
  return out;
}

namespace {

std::string FunctionDefinition(EmissionContext& ctx, const std::string& name,
                               const CodeObjectInfo& code, const std::string& qualname,
                               ExitTarget& error_exit, ExitTarget& return_exit) {
  std::string out = CompiledEntryHead(
      ctx.module(), name, code,
      absl::StrCat("The compiled body of ", qualname, " (line ", code.first_line,
                   "): the vectorcall of its function objects."),
      absl::StrCat("  PyObject *return_value = NULL;\n", ctx.Declarations("  ")));
  absl::StrAppend(&out, "  if (unlikely(NuitkaCC_Frame_Enter(tstate, frame) < 0)) {\n",
                  "    return NULL;\n", "  }\n");
  absl::StrAppend(&out, ctx.body(),
                  CompiledBodyExits(ctx, error_exit, return_exit,
                                    "NuitkaCC_Frame_Leave(tstate, frame);"),
                  "}\n");
  return out;
}

}  // namespace

std::string GenerateFunctionBody(ModuleEmitter& module, const Node* body) {
  const Scope* scope = body->scope();
  if (const BodyDecision* decided = module.DecisionFor(scope)) {
    return decided->native ? decided->c_function : "";
  }
  const CodeObjectInfo* code = module.codes().ForScope(scope);
  if (code == nullptr) {
    module.Decide(scope, {false, "NO_CODE_OBJECT", "", body});
    return "";
  }
  if (scope->is_generator && !scope->is_coroutine) {
    return GenerateGeneratorFunction(module, body, *code);
  }
  ModuleEmitter::Checkpoint mark = module.Mark();
  EmissionContext ctx(module, scope, code);
  ctx.set_has_frame(true);
  DeclareTempVariables(ctx);
  std::unique_ptr<ExitTarget> error_exit = ctx.NewTarget("function_error_exit");
  std::unique_ptr<ExitTarget> return_exit = ctx.NewTarget("function_return");
  ReturnTarget return_target{return_exit.get(), "return_value"};
  ctx.set_error_target(error_exit.get());
  ctx.set_return_target(&return_target);

  // MAKE_CELL and COPY_FREE_VARS, then RESUME's check of the eval breaker.
  for (size_t i = 0; i < code->localsplus_kinds.size(); ++i) {
    if (code->localsplus_kinds[i] & kLocalKindCell) {
      ctx.ErrorCheck(absl::StrCat("NuitkaCC_Function_MakeCell(frame->localsplus, ", i,
                                  ") < 0"),
                     /*new_error=*/false);
    }
  }
  if (code->nfreevars > 0) {
    ctx.Line(absl::StrCat("NuitkaCC_Function_CopyFreeVars(function, frame->localsplus, ",
                          code->localsplus_names.size(), ", ", code->nfreevars, ");"));
  }
  ctx.ErrorCheck("unlikely(NuitkaCC_EvalBreakerSet(tstate)) && "
                 "NuitkaCC_HandleEvalBreaker(tstate) < 0");
  GenerateStatementSequence(ctx, body->Child(ChildRole::k_body));

  if (ctx.failed()) {
    module.Rollback(mark);
    module.Decide(scope, {false, ctx.unsupported_reason(), "", ctx.unsupported_node()});
    return "";
  }
  std::string name = module.UniqueName("function", scope->qualname());
  std::string definition =
      FunctionDefinition(ctx, name, *code, scope->qualname(), *error_exit, *return_exit);
  module.AddFunction(absl::StrCat("static PyObject *", name,
                                  "(PyObject *function_object, PyObject *const *args, "
                                  "size_t nargsf, PyObject *kwnames);"),
                     definition);
  module.Decide(scope, {true, "", name});
  return name;
}

CValue GenerateFunctionCreation(EmissionContext& ctx, const Node* node) {
  const Node* body = node->target();
  if (body == nullptr || body->kind() != NodeKind::kExpressionFunctionBody ||
      body->scope() == nullptr) {
    ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_SHAPE function creation ", NodeLine(node)));
    return {"NULL", false};
  }
  const CodeObjectInfo* code = ctx.module().codes().ForScope(body->scope());
  if (code == nullptr) {
    ctx.Unsupported(node, absl::StrCat("NO_CODE_OBJECT ", body->scope()->qualname()));
    return {"NULL", false};
  }
  // The closure: this body's cells for the free variables of the new code.
  std::vector<std::string> cells;
  if (!ClosureCellsFor(ctx, node, *code, "closure", &cells)) return {"NULL", false};

  std::vector<CValue> operands =
      GenerateOperands(ctx, {node->Child(ChildRole::k_defaults),
                             node->Child(ChildRole::k_kw_defaults),
                             node->Child(ChildRole::k_annotations)});
  for (CValue& operand : operands) {
    if (operand.expr != "NULL") operand = ctx.Owned(operand);
  }
  std::string entry = GenerateFunctionBody(ctx.module(), body);

  std::string closure = GenerateClosureTuple(ctx, cells);
  std::string result = ctx.NewTemp("tmp_function");
  ctx.Line(absl::StrCat(result, " = NuitkaCC_Function_New((PyObject *)",
                        ctx.module().CodeObject(*code), ", frame->f_globals, ",
                        operands[0].expr, ", ", operands[1].expr, ", ", operands[2].expr, ", ",
                        closure, ", ", entry.empty() ? "NULL" : entry, ");"));
  for (const CValue& operand : operands) ctx.Forget(operand);
  ctx.ErrorCheck(absl::StrCat(result, " == NULL"));
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

}  // namespace nuitka_cc
