// Variables: where each lives in C and how it is read, bound, deleted and
// released.
//
//   module variables    the module dict (frame->f_globals), reads falling
//                       back to builtins (LOAD_NAME / LOAD_GLOBAL)
//   locals, parameters  the frame's localsplus slot of that name
//   cells, free vars    the cell object in that slot (MAKE_CELL,
//                       COPY_FREE_VARS put it there)
//   temporaries         C locals of the body's function, released at its
//                       exits
#include "absl/strings/str_cat.h"
#include "codegen/codegen_internal.h"

namespace nuitka_cc {
namespace {

enum class Storage { kModule, kFast, kCell, kFree, kTemp, kLocalsDict, kUnsupported };

struct Access {
  Storage storage = Storage::kUnsupported;
  std::string slot;  // C lvalue: the local slot, the cell slot, the temp
  std::string why;   // for unsupported ones
};

Access Resolve(EmissionContext& ctx, const Variable* variable) {
  Access access;
  const Scope* scope = ctx.scope();
  switch (variable->kind()) {
    case VariableKind::kModule:
      access.storage = Storage::kModule;
      return access;
    case VariableKind::kTemp:
      // Temporaries are C locals of the function, also those of enclosing
      // scopes a class body generated inline uses.
      if (!ctx.IsInlineScope(variable->owner())) {
        access.why = absl::StrCat("UNSUPPORTED_VARIABLE temporary of another function ",
                                  variable->name());
        return access;
      }
      access.storage = Storage::kTemp;
      access.slot = TempVariableName(variable);
      return access;
    case VariableKind::kLocal:
    case VariableKind::kParameter: {
      const CodeObjectInfo* code = ctx.code();
      int index = code != nullptr ? code->LocalIndex(variable->name()) : -1;
      if (index < 0) {
        access.why = absl::StrCat("UNSUPPORTED_VARIABLE ", variable->name(),
                                  " not in the code object");
        return access;
      }
      uint8_t kind = code->localsplus_kinds[index];
      access.slot = absl::StrCat("frame->localsplus[", index, "]");
      if (variable->owner() != scope) {
        if (!(kind & kLocalKindFree)) {
          access.why = absl::StrCat("UNSUPPORTED_VARIABLE ", variable->name(),
                                    " not a free variable of the code object");
          return access;
        }
        access.storage = Storage::kFree;
      } else if (scope->ReferenceKindOf(variable) == ReferenceKind::kCell) {
        if (!(kind & kLocalKindCell)) {
          access.why = absl::StrCat("UNSUPPORTED_VARIABLE ", variable->name(),
                                    " not a cell of the code object");
          return access;
        }
        access.storage = Storage::kCell;
      } else {
        if (kind != kLocalKindLocal) {
          access.why = absl::StrCat("UNSUPPORTED_VARIABLE ", variable->name(),
                                    " not a plain local of the code object");
          return access;
        }
        access.storage = Storage::kFast;
      }
      return access;
    }
    case VariableKind::kLocalsDict:
      if (variable->owner() != scope || ctx.class_namespace().empty()) {
        access.why = absl::StrCat("UNSUPPORTED_VARIABLE class namespace ", variable->name());
        return access;
      }
      access.storage = Storage::kLocalsDict;
      access.slot = ctx.class_namespace();
      return access;
  }
  return access;
}

Access ResolveOrFail(EmissionContext& ctx, const Node* node) {
  if (node->variable() == nullptr) {
    ctx.Unsupported(node, "UNSUPPORTED_SHAPE no variable");
    return {};
  }
  Access access = Resolve(ctx, node->variable());
  if (access.storage == Storage::kUnsupported) {
    ctx.Unsupported(node, absl::StrCat(access.why, " ", NodeLine(node)));
  }
  return access;
}

// A parameter that nothing deletes is always bound.
bool AlwaysBound(const Node* node) {
  const Variable* variable = node->variable();
  if (variable->kind() != VariableKind::kParameter) return false;
  const Scope* scope = variable->owner();
  bool deleted = false;
  auto visit = [&](auto&& self, const Node* n) -> void {
    if (n == nullptr || deleted) return;
    if ((n->kind() == NodeKind::kStatementDelVariable ||
         n->kind() == NodeKind::kStatementReleaseVariable) &&
        n->variable() == variable) {
      deleted = true;
      return;
    }
    for (const auto& child : n->children()) self(self, child.node);
  };
  visit(visit, scope->body());
  return !deleted;
}

}  // namespace

std::string TempVariableName(const Variable* variable) {
  return absl::StrCat("var_", variable->name(), "_", variable->id());
}

CValue GenerateVariableRead(EmissionContext& ctx, const Node* node) {
  Access access = ResolveOrFail(ctx, node);
  const std::string& name = node->variable() != nullptr ? node->variable()->name() : "";
  switch (access.storage) {
    case Storage::kModule: {
      std::string name_constant = ctx.module().StringConstant(name);
      ctx.SetPosition(node, {"LOAD_NAME", "LOAD_GLOBAL"});
      std::string result = ctx.NewTemp("tmp_global");
      ctx.Line(absl::StrCat(result,
                            " = NuitkaCC_ModuleVariable_GetCached(tstate, frame->f_globals, "
                            "frame->f_builtins, ",
                            name_constant, ", ", ctx.module().NewGlobalCache(), ");"));
      ctx.ErrorCheck(absl::StrCat(result, " == NULL"));
      CValue value{result, true};
      ctx.Track(value);
      return value;
    }
    case Storage::kFast: {
      std::string result = ctx.NewTemp("tmp_local");
      ctx.Line(absl::StrCat(result, " = ", access.slot, ";"));
      if (!AlwaysBound(node)) {
        ctx.SetPosition(node, {"LOAD_FAST"});
        ctx.Line(absl::StrCat("if (unlikely(", result,
                              " == NULL)) { NuitkaCC_RaiseUnboundLocal(tstate, ",
                              ctx.module().StringConstant(name), "); ",
                              ctx.ErrorExit(), " }"));
      }
      return {result, false};
    }
    case Storage::kCell:
    case Storage::kFree: {
      std::string result = ctx.NewTemp("tmp_cell_value");
      ctx.Line(absl::StrCat(result, " = PyCell_GET(", access.slot, ");"));
      ctx.SetPosition(node, {"LOAD_DEREF", "LOAD_CLOSURE", "LOAD_CLASSDEREF"});
      ctx.Line(absl::StrCat("if (unlikely(", result, " == NULL)) { ",
                            access.storage == Storage::kCell
                                ? "NuitkaCC_RaiseUnboundLocal(tstate, "
                                : "NuitkaCC_RaiseUnboundFree(tstate, ",
                            ctx.module().StringConstant(name), "); ", ctx.ErrorExit(),
                            " }"));
      // Other code can rebind a cell while the value is in use.
      ctx.Line(absl::StrCat("Py_INCREF(", result, ");"));
      CValue value{result, true};
      ctx.Track(value);
      return value;
    }
    case Storage::kTemp:
      return {access.slot, false};
    case Storage::kLocalsDict:
      ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_SHAPE class namespace read without "
                                         "fallback ",
                                         NodeLine(node)));
      return {"NULL", false};
    case Storage::kUnsupported:
      return {"NULL", false};
  }
  return {"NULL", false};
}

void GenerateVariableAssign(EmissionContext& ctx, const Node* node, const CValue& value) {
  Access access = ResolveOrFail(ctx, node);
  switch (access.storage) {
    case Storage::kModule: {
      std::string name_constant = ctx.module().StringConstant(node->variable()->name());
      ctx.SetPosition(node, {"STORE_NAME", "STORE_GLOBAL"});
      std::string status = ctx.NewLocal("int", "status", "0");
      ctx.Line(absl::StrCat(status, " = NuitkaCC_ModuleVariable_Set(frame->f_globals, ",
                            name_constant, ", ", value.expr, ");"));
      ctx.Release(value);
      ctx.ErrorCheck(absl::StrCat(status, " < 0"));
      return;
    }
    case Storage::kFast:
    case Storage::kTemp: {
      CValue owned = ctx.Owned(value);
      ctx.Line(absl::StrCat("NuitkaCC_Local_Set(&", access.slot, ", ", owned.expr, ");"));
      ctx.Forget(owned);
      return;
    }
    case Storage::kCell:
    case Storage::kFree: {
      CValue owned = ctx.Owned(value);
      ctx.Line(absl::StrCat("NuitkaCC_Cell_Set(", access.slot, ", ", owned.expr, ");"));
      ctx.Forget(owned);
      return;
    }
    case Storage::kLocalsDict: {
      std::string name_constant = ctx.module().StringConstant(node->variable()->name());
      ctx.SetPosition(node, {"STORE_NAME"});
      std::string status = ctx.NewLocal("int", "status", "0");
      ctx.Line(absl::StrCat(status, " = NuitkaCC_LocalsDict_Set(", access.slot, ", ",
                            name_constant, ", ", value.expr, ");"));
      ctx.Release(value);
      ctx.ErrorCheck(absl::StrCat(status, " < 0"));
      return;
    }
    case Storage::kUnsupported:
      ctx.Release(value);
      return;
  }
}

void GenerateVariableDel(EmissionContext& ctx, const Node* node) {
  Access access = ResolveOrFail(ctx, node);
  bool tolerant = node->number().has_value() && *node->number() == 1;
  if (access.storage == Storage::kUnsupported) return;
  std::string name_constant = ctx.module().StringConstant(node->variable()->name());
  switch (access.storage) {
    case Storage::kModule:
      ctx.SetPosition(node, {"DELETE_NAME", "DELETE_GLOBAL"});
      ctx.ErrorCheck(absl::StrCat("NuitkaCC_ModuleVariable_Del(tstate, frame->f_globals, ",
                                  name_constant, ", ", tolerant ? 1 : 0, ") < 0"));
      return;
    case Storage::kFast:
    case Storage::kTemp:
      if (!tolerant) {
        ctx.SetPosition(node, {"DELETE_FAST"});
        ctx.Line(absl::StrCat("if (unlikely(", access.slot,
                              " == NULL)) { NuitkaCC_RaiseUnboundLocal(tstate, ",
                              name_constant, "); ", ctx.ErrorExit(), " }"));
      }
      ctx.Line(absl::StrCat("Py_CLEAR(", access.slot, ");"));
      return;
    case Storage::kCell:
    case Storage::kFree: {
      std::string old = ctx.NewTemp("tmp_deleted");
      ctx.Line(absl::StrCat(old, " = PyCell_GET(", access.slot, ");"));
      if (!tolerant) {
        ctx.SetPosition(node, {"DELETE_DEREF"});
        ctx.Line(absl::StrCat("if (unlikely(", old, " == NULL)) { ",
                              access.storage == Storage::kCell
                                  ? "NuitkaCC_RaiseUnboundLocal(tstate, "
                                  : "NuitkaCC_RaiseUnboundFree(tstate, ",
                              name_constant, "); ", ctx.ErrorExit(), " }"));
      }
      ctx.Line(absl::StrCat("PyCell_SET(", access.slot, ", NULL);"));
      ctx.Line(absl::StrCat("Py_XDECREF(", old, ");"));
      return;
    }
    case Storage::kLocalsDict:
      ctx.SetPosition(node, {"DELETE_NAME"});
      ctx.ErrorCheck(absl::StrCat("NuitkaCC_LocalsDict_Del(tstate, ", access.slot, ", ",
                                  name_constant, ", ", tolerant ? 1 : 0, ") < 0"));
      return;
    case Storage::kUnsupported:
      return;
  }
}

void GenerateVariableRelease(EmissionContext& ctx, const Node* node) {
  Access access = ResolveOrFail(ctx, node);
  switch (access.storage) {
    case Storage::kTemp:
    case Storage::kFast:
      ctx.Line(absl::StrCat("Py_CLEAR(", access.slot, ");"));
      return;
    case Storage::kCell:
    case Storage::kFree:
      // The frame holds the cell and releases it when it is cleared.
      return;
    case Storage::kModule:
    case Storage::kLocalsDict:
      ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_SHAPE release of a namespace variable ",
                                         NodeLine(node)));
      return;
    case Storage::kUnsupported:
      return;
  }
}

std::string CellForClosure(EmissionContext& ctx, const std::string& name) {
  const CodeObjectInfo* code = ctx.code();
  if (code == nullptr) return "";
  int index = code->LocalIndex(name);
  if (index < 0) return "";
  uint8_t kind = code->localsplus_kinds[index];
  if (!(kind & (kLocalKindCell | kLocalKindFree))) return "";
  return absl::StrCat("frame->localsplus[", index, "]");
}

void DeclareTempVariables(EmissionContext& ctx) {
  for (const Variable* variable : ctx.scope()->variables()) {
    if (variable->kind() != VariableKind::kTemp) continue;
    ctx.DeclareNamed("PyObject *", TempVariableName(variable), "NULL");
  }
}

std::string TempVariableReleases(EmissionContext& ctx, const std::string& indent) {
  std::string out;
  for (const Variable* variable : ctx.scope()->variables()) {
    if (variable->kind() != VariableKind::kTemp) continue;
    absl::StrAppend(&out, indent, "Py_XDECREF(", TempVariableName(variable), ");\n");
  }
  return out;
}

bool ClosureCellsFor(EmissionContext& ctx, const Node* node,
                     const CodeObjectInfo& code, const std::string& what,
                     std::vector<std::string>* cells) {
  for (size_t i = 0; i < code.localsplus_names.size(); ++i) {
    if (!(code.localsplus_kinds[i] & kLocalKindFree)) continue;
    std::string cell = CellForClosure(ctx, code.localsplus_names[i]);
    if (cell.empty()) {
      ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_VARIABLE ", what, " ",
                                         code.localsplus_names[i], " ", NodeLine(node)));
      return false;
    }
    cells->push_back(cell);
  }
  return true;
}

std::string GenerateClosureTuple(EmissionContext& ctx,
                                 const std::vector<std::string>& cells) {
  if (cells.empty()) return "NULL";
  std::string closure = ctx.NewTemp("tmp_closure");
  ctx.Line(absl::StrCat(closure, " = PyTuple_New(", cells.size(), ");"));
  ctx.ErrorCheck(absl::StrCat(closure, " == NULL"));
  for (size_t i = 0; i < cells.size(); ++i) {
    ctx.Line(absl::StrCat("PyTuple_SET_ITEM(", closure, ", ", i, ", Py_NewRef(", cells[i],
                          "));"));
  }
  return closure;
}

}  // namespace nuitka_cc
