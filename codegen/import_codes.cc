// Imports (IMPORT_NAME, IMPORT_FROM, IMPORT_STAR) through the frame's
// globals, locals and builtins, as the interpreter does them.
#include <Python.h>

#include "absl/strings/str_cat.h"
#include "codegen/codegen_internal.h"

namespace nuitka_cc {

CValue GenerateImport(EmissionContext& ctx, const Node* node) {
  std::string name = ctx.module().StringConstant(node->name());
  std::string fromlist = ctx.module().Constant(node->constant() != nullptr ? node->constant()
                                                                           : Py_None);
  PyObject* level_object = PyLong_FromLongLong(node->number().value_or(0));
  std::string level = level_object != nullptr ? ctx.module().Constant(level_object) : "";
  Py_XDECREF(level_object);
  if (name.empty() || fromlist.empty() || level.empty()) {
    PyErr_Clear();
    ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_CONSTANT import ", NodeLine(node)));
    return {"NULL", false};
  }
  ctx.SetPosition(node, {"IMPORT_NAME"});
  std::string result = ctx.NewTemp("tmp_import");
  ctx.Line(absl::StrCat(result,
                        " = NuitkaCC_ImportName(tstate, frame->f_globals, frame->f_locals, "
                        "frame->f_builtins, ",
                        name, ", ", fromlist, ", ", level, ");"));
  ctx.ErrorCheck(absl::StrCat(result, " == NULL"));
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

CValue GenerateImportName(EmissionContext& ctx, const Node* node) {
  CValue module = GenerateExpression(ctx, node->Child(ChildRole::k_module));
  std::string name = ctx.module().StringConstant(node->name());
  ctx.SetPosition(node, {"IMPORT_FROM"});
  std::string result = ctx.NewTemp("tmp_imported");
  ctx.Line(absl::StrCat(result, " = NuitkaCC_ImportFrom(tstate, ", module.expr, ", ", name,
                        ");"));
  ctx.Release(module);
  ctx.ErrorCheck(absl::StrCat(result, " == NULL"));
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

void GenerateImportStar(EmissionContext& ctx, const Node* node) {
  CValue module = GenerateExpression(ctx, node->Child(ChildRole::k_module));
  ctx.SetPosition(node, {"IMPORT_STAR"});
  std::string status = ctx.NewLocal("int", "status", "0");
  ctx.Line(absl::StrCat("if (unlikely(frame->f_locals == NULL)) { PyErr_SetString("
                        "PyExc_SystemError, \"no locals found during 'import *'\"); ",
                        status, " = -1; } else { ", status, " = NuitkaCC_ImportStar(tstate, ",
                        module.expr, ", frame->f_locals); }"));
  ctx.Release(module);
  ctx.ErrorCheck(absl::StrCat(status, " < 0"));
}

// The adds of comprehensions: LIST_APPEND, SET_ADD, MAP_ADD.
void GenerateContainerAdd(EmissionContext& ctx, const Node* node) {
  std::vector<const Node*> children;
  const char* call = nullptr;
  const char* opcode = nullptr;
  switch (node->kind()) {
    case NodeKind::kStatementListOperationAppend:
      children = {node->Child(ChildRole::k_list), node->Child(ChildRole::k_value)};
      call = "PyList_Append";
      opcode = "LIST_APPEND";
      break;
    case NodeKind::kStatementSetOperationAdd:
      children = {node->Child(ChildRole::k_set), node->Child(ChildRole::k_value)};
      call = "PySet_Add";
      opcode = "SET_ADD";
      break;
    default:
      children = {node->Child(ChildRole::k_dict), node->Child(ChildRole::k_key),
                  node->Child(ChildRole::k_value)};
      call = "PyDict_SetItem";
      opcode = "MAP_ADD";
      break;
  }
  std::vector<CValue> operands = GenerateOperands(ctx, children);
  ctx.SetPosition(node, {opcode});
  std::string status = ctx.NewLocal("int", "status", "0");
  std::string arguments;
  for (size_t i = 0; i < operands.size(); ++i) {
    absl::StrAppend(&arguments, i > 0 ? ", " : "", operands[i].expr);
  }
  ctx.Line(absl::StrCat(status, " = ", call, "(", arguments, ");"));
  for (auto it = operands.rbegin(); it != operands.rend(); ++it) ctx.Release(*it);
  ctx.ErrorCheck(absl::StrCat(status, " < 0"));
}

}  // namespace nuitka_cc
