// CheckCompileStage, and the walker's scopes, frame blocks and errors.
//
// CPython compiles the tree its AST optimizer produced, not the parsed one:
// constants are folded first (`-1`, `1 + 2j`, `(1, 2)`, `__debug__`). Some
// checks see that: match values and mapping keys must be constants, and
// `return <constant>` moves the error location onto the value. ParseSource
// folds the tree before the symbol table, as CPython does, so the walk sees
// what CPython's compiler sees.
#include "nuitka_cc/tree/compile_stage_checks.h"

#include "nuitka_cc/tree/compile_stage_walker.h"

namespace nuitka_cc {

bool CheckCompileStage(const ParsedSource& parsed) {
  if (parsed.module == nullptr || parsed.future == nullptr ||
      parsed.symbols == nullptr) {
    return false;
  }
  compile_stage::CompileStageWalker walker(parsed.filename_object,
                                           parsed.symbols, *parsed.future);
  return walker.VisitModule(parsed.module);
}

namespace compile_stage {

CompileStageWalker::CompileStageWalker(PyObject* filename, symtable* symbols,
                                       const PyFutureFeatures& future)
    : filename_(filename), symbols_(symbols), future_(future) {}

CompileStageWalker::~CompileStageWalker() {
  while (!units_.empty()) ExitScope();
}

bool CompileStageWalker::VisitModule(mod_ty module) {
  if (module->kind != Module_kind) return true;
  if (!EnterScope(ScopeKind::kModule, module, 1)) return false;
  if (!VisitBody(module->v.Module.body)) return false;
  ExitScope();
  return true;
}

// A new unit starts at column 0 of its first line (the first decorator's
// line for a decorated definition).
bool CompileStageWalker::EnterScope(ScopeKind kind, void* key, int lineno) {
  PySTEntryObject* entry = PySymtable_Lookup(symbols_, key);
  if (entry == nullptr) return false;
  auto unit = std::make_unique<CodeUnit>();
  unit->kind = kind;
  unit->entry = entry;
  unit->location = Location{lineno, 0, lineno, 0};
  units_.push_back(std::move(unit));
  return true;
}

void CompileStageWalker::ExitScope() {
  Py_DECREF(units_.back()->entry);
  units_.pop_back();
}

bool CompileStageWalker::FutureAnnotations() const {
  return (future_.ff_features & CO_FUTURE_ANNOTATIONS) != 0;
}

bool CompileStageWalker::Error(const char* message) {
  return ErrorObject(PyUnicode_FromString(message));
}

// The SyntaxError arguments compile.c builds: 1-based columns, and the
// source line read back from the file (None when there is none, as for an
// unset location).
bool CompileStageWalker::ErrorObject(PyObject* message) {
  if (message == nullptr) return false;
  const Location& at = unit().location;
  PyObject* text = PyErr_ProgramTextObject(filename_, at.lineno);
  if (text == nullptr) {
    text = Py_None;
    Py_INCREF(text);
  }
  PyObject* args = Py_BuildValue("O(OiiOii)", message, filename_, at.lineno,
                                 at.col_offset + 1, text, at.end_lineno,
                                 at.end_col_offset + 1);
  if (args != nullptr) PyErr_SetObject(PyExc_SyntaxError, args);
  Py_XDECREF(args);
  Py_DECREF(text);
  Py_DECREF(message);
  return false;
}

bool CompileStageWalker::PushBlock(FrameBlockKind kind,
                                   asdl_stmt_seq* final_body) {
  if (unit().blocks.size() >= CO_MAXBLOCKS) {
    return Error("too many statically nested blocks");
  }
  unit().blocks.push_back(FrameBlock{kind, final_body});
  return true;
}

// Every store or delete of a name, explicit or implied (imports, function
// and class names, parameters, keyword arguments, captures), is checked.
bool CompileStageWalker::ForbiddenName(PyObject* name,
                                       expr_context_ty context) {
  if (context == Load) return true;
  if (PyUnicode_CompareWithASCIIString(name, "__debug__") != 0) return true;
  if (context == Store) return Error("cannot assign to __debug__");
  return Error("cannot delete __debug__");
}

bool CompileStageWalker::CheckArgumentNames(arguments_ty args) {
  auto check_sequence = [this](asdl_arg_seq* sequence) {
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(sequence); ++i) {
      if (!ForbiddenName(asdl_seq_GET(sequence, i)->arg, Store)) return false;
    }
    return true;
  };
  if (!check_sequence(args->posonlyargs)) return false;
  if (!check_sequence(args->args)) return false;
  if (args->vararg != nullptr && !ForbiddenName(args->vararg->arg, Store)) {
    return false;
  }
  if (!check_sequence(args->kwonlyargs)) return false;
  if (args->kwarg != nullptr && !ForbiddenName(args->kwarg->arg, Store)) {
    return false;
  }
  return true;
}

}  // namespace compile_stage
}  // namespace nuitka_cc
