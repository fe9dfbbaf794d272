// CheckCompileStage, and the walker's scopes, frame blocks and errors.
//
// CPython compiles the tree its AST optimizer produced, not the parsed one:
// constants are folded first (`-1`, `1 + 2j`, `(1, 2)`, `__debug__`). Some
// checks see that: match values and mapping keys must be constants, and
// `return <constant>` moves the error location onto the value. The tree
// builder needs the tree as parsed, so the walk runs on a folded copy that
// gets its own symbol table, as CPython builds it after folding.
#include "nuitka_cc/tree/compile_stage_checks.h"

#include "nuitka_cc/tree/compile_stage_walker.h"

namespace nuitka_cc {
namespace {

// The ast module's converters stop at the interpreter's recursion limit,
// far below the nesting the compiler accepts (`1 + a + a ...` with two
// thousand terms compiles). The tree reaching here has passed the symbol
// table's own depth limit, so the converters may go deeper for a moment.
class RaisedRecursionLimit {
 public:
  RaisedRecursionLimit() : saved_(Py_GetRecursionLimit()) {
    Py_SetRecursionLimit(saved_ * kFactor);
  }
  ~RaisedRecursionLimit() { Py_SetRecursionLimit(saved_); }
  RaisedRecursionLimit(const RaisedRecursionLimit&) = delete;
  RaisedRecursionLimit& operator=(const RaisedRecursionLimit&) = delete;

 private:
  // Above the symbol table's limit, which is three times the interpreter's.
  static constexpr int kFactor = 4;
  int saved_;
};

// The module as CPython's code generator sees it: copied through the ast
// module's objects into an arena of its own, folded, and analyzed again.
class FoldedModule {
 public:
  FoldedModule() = default;
  ~FoldedModule() {
    if (symbols_ != nullptr) _PySymtable_Free(symbols_);
    if (arena_ != nullptr) _PyArena_Free(arena_);
  }
  FoldedModule(const FoldedModule&) = delete;
  FoldedModule& operator=(const FoldedModule&) = delete;

  bool Build(const ParsedSource& parsed) {
    arena_ = _PyArena_New();
    if (arena_ == nullptr) return false;
    {
      RaisedRecursionLimit raised;
      PyObject* tree = PyAST_mod2obj(parsed.module);
      if (tree == nullptr) return false;
      constexpr int kExecMode = 0;
      module_ = PyAST_obj2mod(tree, arena_, kExecMode);
      Py_DECREF(tree);
      if (module_ == nullptr) return false;
    }
    // `python3.11 FILE.py` runs without -O: optimization level 0.
    _PyASTOptimizeState state = {};
    state.optimize = 0;
    state.ff_features = parsed.future->ff_features;
    if (!_PyAST_Optimize(module_, arena_, &state)) return false;
    symbols_ =
        _PySymtable_Build(module_, parsed.filename_object, parsed.future);
    return symbols_ != nullptr;
  }

  mod_ty module() const { return module_; }
  symtable* symbols() const { return symbols_; }

 private:
  PyArena* arena_ = nullptr;
  mod_ty module_ = nullptr;
  symtable* symbols_ = nullptr;
};

}  // namespace

bool CheckCompileStage(const ParsedSource& parsed) {
  if (parsed.module == nullptr || parsed.future == nullptr) return false;
  FoldedModule folded;
  if (!folded.Build(parsed)) return false;
  compile_stage::CompileStageWalker walker(parsed.filename_object,
                                           folded.symbols(), *parsed.future);
  return walker.VisitModule(folded.module());
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
