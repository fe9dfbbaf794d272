// Classes and direct calls of created functions (ExpressionFunctionCall).
//
// A class body runs inline in the function that creates the class, in a
// frame of its own for the class body's real code object (with the class
// namespace as f_locals), as the function __build_class__ would call. The
// reformulation's temporaries (bases, metaclass, namespace) are then plain
// C locals. Its steps follow builtins.__build_class__: resolve the bases,
// select the metaclass, prepare the namespace, run the body, store
// __classcell__, call the metaclass, check the __class__ cell.
//
// Comprehensions are functions created and called at once with the first
// iterator, as CPython 3.11 does.
#include <Python.h>

#include "absl/strings/str_cat.h"
#include "codegen/codegen_internal.h"

namespace nuitka_cc {
namespace {

CValue Result(EmissionContext& ctx, absl::string_view hint, const std::string& call,
              const std::vector<CValue>& release) {
  std::string result = ctx.NewTemp(hint);
  ctx.Line(absl::StrCat(result, " = ", call, ";"));
  for (auto it = release.rbegin(); it != release.rend(); ++it) ctx.Release(*it);
  ctx.ErrorCheck(absl::StrCat(result, " == NULL"));
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

bool IsClassCellAssignment(const Node* statement, const Scope* class_scope) {
  return statement->kind() == NodeKind::kStatementAssignmentVariable &&
         statement->variable() != nullptr && statement->variable()->name() == "__class__" &&
         statement->variable()->owner() == class_scope;
}

// __class__ = metaclass(...) with __build_class__'s check of the cell.
void GenerateClassCellAssignment(EmissionContext& ctx, const Node* statement,
                                 const std::string& cell, const std::string& name) {
  CValue value = GenerateExpression(ctx, statement->Child(ChildRole::k_source));
  ctx.ErrorCheck(absl::StrCat("NuitkaCC_CheckClassCell(", cell, ", ", name, ", ",
                              value.expr, ") < 0"));
  GenerateVariableAssign(ctx, statement, value);
}

CValue GenerateClassBodyInline(EmissionContext& ctx, const Node* call, const Node* body) {
  const Scope* scope = body->scope();
  const CodeObjectInfo* code = scope != nullptr ? ctx.module().codes().ForScope(scope) : nullptr;
  if (code == nullptr) {
    ctx.Unsupported(call, absl::StrCat("NO_CODE_OBJECT class ", NodeLine(call)));
    return {"NULL", false};
  }
  // The class body function's closure: the free variables of its code.
  std::vector<std::string> cells;
  if (!ClosureCellsFor(ctx, call, *code, "class closure", &cells)) return {"NULL", false};
  std::string closure = GenerateClosureTuple(ctx, cells);
  ctx.SetPosition(call, {"PRECALL", "CALL"});
  std::string function = ctx.NewTemp("tmp_class_function");
  ctx.Line(absl::StrCat(function, " = NuitkaCC_Function_New((PyObject *)",
                        ctx.module().CodeObject(*code),
                        ", frame->f_globals, NULL, NULL, NULL, ", closure, ", NULL);"));
  ctx.ErrorCheck(absl::StrCat(function, " == NULL"));
  std::string class_frame = ctx.NewLocal("_PyInterpreterFrame *", "class_frame", "NULL");
  ctx.Line(absl::StrCat(class_frame, " = NuitkaCC_Frame_Allocate(tstate, (PyFunctionObject *)",
                        function, ", NULL);"));
  ctx.Line(absl::StrCat("Py_DECREF(", function, ");"));
  ctx.ErrorCheck(absl::StrCat(class_frame, " == NULL"));
  ctx.ErrorCheck(absl::StrCat("NuitkaCC_Frame_Enter(tstate, ", class_frame, ") < 0"));

  std::string result = ctx.NewTemp("tmp_class");
  // The body's return sets it (replacing a pending value): start empty, also
  // when the class statement runs again in a loop.
  ctx.Line(absl::StrCat(result, " = NULL;"));
  std::string ns = ctx.NewTemp("class_namespace");
  std::string class_name = ctx.module().StringConstant(scope->name());
  TargetsGuard guard(ctx);
  std::string saved_namespace = ctx.class_namespace();
  ExitTarget* outer_error = ctx.error_target();
  std::vector<std::string> outer_live = ctx.live();
  std::unique_ptr<ExitTarget> error = ctx.NewTarget("class_error");
  std::unique_ptr<ExitTarget> done = ctx.NewTarget("class_done");
  ReturnTarget return_target{done.get(), result};

  ctx.Open("");
  ctx.Line(absl::StrCat("_PyInterpreterFrame *frame = ", class_frame, ";"));
  ctx.PushScope(scope, code);
  ctx.set_class_namespace(ns);
  ctx.set_error_target(error.get());
  ctx.set_return_target(&return_target);
  ctx.set_break_target(nullptr);
  ctx.set_continue_target(nullptr);
  ctx.Line("(void)frame;");
  for (const Variable* variable : scope->variables()) {
    if (variable->kind() == VariableKind::kTemp) {
      ctx.DeclareNamed("PyObject *", TempVariableName(variable), "NULL");
    }
  }
  std::string class_cell;
  for (size_t i = 0; i < code->localsplus_kinds.size(); ++i) {
    if (code->localsplus_kinds[i] & kLocalKindCell) {
      ctx.ErrorCheck(absl::StrCat("NuitkaCC_Function_MakeCell(frame->localsplus, ", i,
                                  ") < 0"),
                     /*new_error=*/false);
      if (code->localsplus_names[i] == "__class__") {
        class_cell = absl::StrCat("frame->localsplus[", i, "]");
      }
    }
  }
  if (code->nfreevars > 0) {
    ctx.Line(absl::StrCat("NuitkaCC_Function_CopyFreeVars(frame->f_func, frame->localsplus, ",
                          code->localsplus_names.size(), ", ", code->nfreevars, ");"));
  }
  const Node* statements = body->Child(ChildRole::k_body);
  for (const Node* statement : statements->ChildrenIn(ChildRole::k_statements)) {
    if (!class_cell.empty() && IsClassCellAssignment(statement, scope)) {
      ctx.SourceComment(statement);
      GenerateClassCellAssignment(ctx, statement, class_cell, class_name);
    } else {
      GenerateStatement(ctx, statement);
    }
    if (ctx.failed()) break;
    if (statement->kind() != NodeKind::kStatementsFrameClass) continue;
    // The class body ends by handing its __class__ cell to the metaclass.
    if (!class_cell.empty()) {
      ctx.SetPosition(statement, {"STORE_NAME"});
      ctx.ErrorCheck(absl::StrCat("NuitkaCC_LocalsDict_Set(", ns, ", ",
                                  ctx.module().StringConstant("__classcell__"), ", ",
                                  class_cell, ") < 0"));
    }
    // The metaclass is called by __build_class__ once the body's frame
    // has returned: unlinked (still allocated, its cells in use), so that
    // the metaclass sees the creating frame and errors get no entry here.
    ctx.Line("tstate->cframe->current_frame = frame->previous;");
    ctx.set_has_frame(false);
  }
  ctx.set_has_frame(true);
  ctx.set_live(outer_live);
  std::string releases = TempVariableReleases(ctx, "");
  std::string temp_releases;
  for (char c : releases) {
    if (c != '\n') temp_releases.push_back(c);
    else temp_releases += " ";
  }
  if (ctx.EmitTargetLabels(*error)) {
    ctx.Line(absl::StrCat(temp_releases, "Py_CLEAR(", ns, ");"));
    ctx.Line("NuitkaCC_Frame_Leave(tstate, frame);");
    ctx.set_error_target(outer_error);
    // The creating frame adds its own traceback entry.
    ctx.Line(ctx.ReleaseBetween(*outer_error, *error) +
             ctx.Goto(outer_error, /*with_traceback=*/true));
  }
  ctx.EmitTargetLabels(*done);
  ctx.Line(absl::StrCat(temp_releases, "Py_CLEAR(", ns, ");"));
  ctx.Line("NuitkaCC_Frame_Leave(tstate, frame);");
  ctx.PopScope();
  ctx.set_class_namespace(saved_namespace);
  ctx.Close();
  ctx.module().Decide(scope, {true, "", "inline"});
  ctx.ForgetPosition();
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

// A comprehension: the function, called with the evaluated values.
CValue GenerateDirectCall(EmissionContext& ctx, const Node* node, const Node* function) {
  std::vector<const Node*> operands = {function};
  for (const Node* value : node->ChildrenIn(ChildRole::k_values)) operands.push_back(value);
  std::vector<CValue> values = GenerateOperands(ctx, operands);
  std::string array = ctx.NewArray("call_args", static_cast<int>(values.size()));
  for (size_t i = 1; i < values.size(); ++i) {
    ctx.Line(absl::StrCat(array, "[", i, "] = ", values[i].expr, ";"));
  }
  ctx.SetPosition(node, {"PRECALL", "CALL"});
  return Result(ctx, "tmp_call_result",
                absl::StrCat("NuitkaCC_CallVector(", values[0].expr, ", ", array, " + 1, ",
                             values.size() - 1, ", NULL)"),
                values);
}

}  // namespace

CValue GenerateFunctionCall(EmissionContext& ctx, const Node* node) {
  const Node* function = node->Child(ChildRole::k_function);
  if (function != nullptr && function->kind() == NodeKind::kExpressionFunctionRef &&
      function->target() != nullptr &&
      function->target()->kind() == NodeKind::kExpressionClassBody &&
      node->ChildrenIn(ChildRole::k_values).empty()) {
    return GenerateClassBodyInline(ctx, node, function->target());
  }
  if (function != nullptr && function->kind() == NodeKind::kExpressionFunctionCreation) {
    return GenerateDirectCall(ctx, node, function);
  }
  ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_SHAPE direct function call ", NodeLine(node)));
  return {"NULL", false};
}

CValue GenerateClassOperation(EmissionContext& ctx, const Node* node) {
  switch (node->kind()) {
    case NodeKind::kExpressionBuiltinResolveBases: {
      CValue bases = GenerateExpression(ctx, node->Child(ChildRole::k_bases));
      ctx.SetPosition(node, {"PRECALL", "CALL"});
      return Result(ctx, "tmp_bases", absl::StrCat("NuitkaCC_ResolveBases(", bases.expr, ")"),
                    {bases});
    }
    case NodeKind::kExpressionSelectMetaclass: {
      std::vector<CValue> operands = GenerateOperands(
          ctx, {node->Child(ChildRole::k_metaclass), node->Child(ChildRole::k_bases)});
      ctx.SetPosition(node, {"PRECALL", "CALL"});
      return Result(ctx, "tmp_metaclass",
                    absl::StrCat("NuitkaCC_SelectMetaclass(", operands[0].expr, ", ",
                                 operands[1].expr, ")"),
                    operands);
    }
    case NodeKind::kExpressionClassPrepare: {
      std::vector<CValue> operands = GenerateOperands(
          ctx, {node->Child(ChildRole::k_metaclass), node->Child(ChildRole::k_class_name),
                node->Child(ChildRole::k_bases), node->Child(ChildRole::k_kwargs)});
      ctx.SetPosition(node, {"PRECALL", "CALL"});
      return Result(ctx, "tmp_namespace",
                    absl::StrCat("NuitkaCC_PrepareClassNamespace(", operands[0].expr, ", ",
                                 operands[1].expr, ", ", operands[2].expr, ", ",
                                 operands[3].expr, ")"),
                    operands);
    }
    case NodeKind::kExpressionBuiltinType1: {
      CValue value = GenerateExpression(ctx, node->Child(ChildRole::k_value));
      std::string result = ctx.NewTemp("tmp_type");
      ctx.Line(absl::StrCat(result, " = Py_NewRef((PyObject *)Py_TYPE(", value.expr, "));"));
      ctx.Release(value);
      CValue type{result, true};
      ctx.Track(type);
      return type;
    }
    case NodeKind::kExpressionLocalsDictRef:
      if (ctx.class_namespace().empty()) break;
      return {ctx.class_namespace(), false};
    case NodeKind::kExpressionLocalsVariableRefOrFallback: {
      if (ctx.class_namespace().empty() || node->variable() == nullptr) break;
      std::string result = ctx.NewTemp("tmp_name");
      ctx.SetPosition(node, {"LOAD_NAME", "LOAD_CLASSDEREF"});
      ctx.Line(absl::StrCat(result, " = NuitkaCC_LocalsDict_Get(tstate, ",
                            ctx.class_namespace(), ", ",
                            ctx.module().StringConstant(node->variable()->name()), ");"));
      std::vector<std::string> live = ctx.live();
      ctx.Open(absl::StrCat("if (", result, " == NULL)"));
      ctx.ErrorCheck("_PyErr_Occurred(tstate)");
      CValue fallback = ctx.Owned(GenerateExpression(ctx, node->Child(ChildRole::k_fallback)));
      ctx.Line(absl::StrCat(result, " = ", fallback.expr, ";"));
      ctx.Forget(fallback);
      ctx.Close();
      ctx.ForgetPosition();
      ctx.set_live(live);
      CValue value{result, true};
      ctx.Track(value);
      return value;
    }
    default:
      break;
  }
  ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_SHAPE ", node->kind_name(), " ",
                                     NodeLine(node)));
  return {"NULL", false};
}

void GenerateSetLocalsDictionary(EmissionContext& ctx, const Node* node) {
  if (ctx.class_namespace().empty()) {
    ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_SHAPE namespace outside a class body ",
                                       NodeLine(node)));
    return;
  }
  CValue value = ctx.Owned(GenerateExpression(ctx, node->Child(ChildRole::k_source)));
  ctx.Line(absl::StrCat("NuitkaCC_Local_Set(&", ctx.class_namespace(), ", ", value.expr, ");"));
  ctx.Forget(value);
  ctx.Line(absl::StrCat("Py_XSETREF(frame->f_locals, Py_NewRef(", ctx.class_namespace(),
                        "));"));
}

}  // namespace nuitka_cc
