// Imports become calls of __import__ and name look-ups, as CPython 3.11
// compiles them (IMPORT_NAME, IMPORT_FROM, IMPORT_STAR):
//
//   import a.b.c               a = __import__("a.b.c", None, level=0)
//   import a.b.c as d          d = ImportName(ImportName(
//                                      __import__("a.b.c", None, 0), "b"), "c")
//   from .x import y as z      z = ImportName(__import__("x", ("y",), 1), "y")
//   from x import y, w         tmp = __import__("x", ("y", "w"), 0)
//                              y = ImportName(tmp, "y")
//                              w = ImportName(tmp, "w")
//                              release tmp
//   from x import *            ImportStar(__import__("x", ("*",), 0))
//
// ExpressionBuiltinImport carries the module name in `name`, the level in
// `number` and the fromlist as `constant` (None for plain imports).
// ExpressionImportName gets the name as an attribute, falling back to the
// submodule in sys.modules, and raises ImportError otherwise. With a single
// imported name the module needs no temporary.
//
// Inside a class, CPython mangles the name `from m import __x` looks up
// (IMPORT_FROM _C__x) but not the fromlist entry nor the components of
// `import a.__b as c`; so do we. Bound names are mangled as always.
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "nuitka_cc/tree/reformulations.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {
namespace {

Node* MakeImport(TreeBuilder& b, const std::string& name, PyObject* fromlist,
                 int level, const SourceReference& ref) {
  Node* import = b.New(NodeKind::kExpressionBuiltinImport, ref);
  import->set_name(name);
  import->set_number(level);
  import->set_constant(fromlist);
  return import;
}

Node* MakeImportName(TreeBuilder& b, Node* module, const std::string& name,
                     const SourceReference& ref) {
  Node* node = b.New(NodeKind::kExpressionImportName, ref);
  node->set_name(name);
  node->AddChild(ChildRole::k_module, module);
  return node;
}

}  // namespace

Node* BuildImportStatement(TreeBuilder& b, stmt_ty s) {
  // `import a, b` is `import a` then `import b`.
  std::vector<Node*> statements;
  asdl_alias_seq* names = s->v.Import.names;
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(names); ++i) {
    alias_ty alias = asdl_seq_GET(names, i);
    SourceReference ref = b.Ref(alias);
    std::string dotted = Utf8(alias->name);
    Node* module = MakeImport(
        b, dotted, b.tree().OwnConstant(Py_NewRef(Py_None)), 0, ref);
    std::vector<std::string> parts = absl::StrSplit(dotted, '.');
    if (alias->asname == nullptr) {
      // Binds the top-level package, which __import__ returns.
      statements.push_back(
          b.MakeNameAssign(b.Identifier(parts.front().c_str()), module, ref));
      continue;
    }
    for (size_t j = 1; j < parts.size(); ++j) {
      module = MakeImportName(b, module, parts[j], ref);
    }
    statements.push_back(b.MakeNameAssign(alias->asname, module, ref));
  }
  return b.MakeSequence(statements, b.Ref(s));
}

Node* BuildImportFromStatement(TreeBuilder& b, stmt_ty s) {
  SourceReference ref = b.Ref(s);
  std::string module_name =
      s->v.ImportFrom.module != nullptr ? Utf8(s->v.ImportFrom.module) : "";
  int level = s->v.ImportFrom.level;
  asdl_alias_seq* names = s->v.ImportFrom.names;
  Py_ssize_t count = asdl_seq_LEN(names);

  PyObject* fromlist = PyTuple_New(count);
  for (Py_ssize_t i = 0; i < count; ++i) {
    PyObject* name = asdl_seq_GET(names, i)->name;
    Py_INCREF(name);
    PyTuple_SET_ITEM(fromlist, i, name);
  }
  Node* module = MakeImport(b, module_name, b.tree().OwnConstant(fromlist), level, ref);

  if (count == 1 && PyUnicode_CompareWithASCIIString(
                        asdl_seq_GET(names, 0)->name, "*") == 0) {
    Node* star = b.New(NodeKind::kStatementImportStar, ref);
    star->AddChild(ChildRole::k_module, module);
    return star;
  }
  if (count == 1) {
    alias_ty alias = asdl_seq_GET(names, 0);
    PyObject* bound = alias->asname != nullptr ? alias->asname : alias->name;
    return b.MakeNameAssign(
        bound, MakeImportName(b, module, b.Mangle(alias->name), b.Ref(alias)),
        b.Ref(alias));
  }

  Variable* temp = b.NewTemp("import_from");
  std::vector<Node*> statements;
  statements.push_back(b.MakeAssignVariable(temp, module, ref));
  for (Py_ssize_t i = 0; i < count; ++i) {
    alias_ty alias = asdl_seq_GET(names, i);
    PyObject* bound = alias->asname != nullptr ? alias->asname : alias->name;
    statements.push_back(b.MakeNameAssign(
        bound,
        MakeImportName(b, b.MakeVariableRef(temp, b.Ref(alias)),
                       b.Mangle(alias->name), b.Ref(alias)),
        b.Ref(alias)));
  }
  return b.MakeTryFinallyReleases(b.MakeSequence(statements, ref), {temp}, ref);
}

}  // namespace nuitka_cc
