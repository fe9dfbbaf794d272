// The module: its docstring and annotations set-up, then the body under the
// module's frame guard.
//
//   """doc"""            __doc__ = "doc"
//   x: int = 1     ->    __annotations__ = {}
//   ...                  frame <module>: x = 1; __annotations__["x"] = int ...
#include "nuitka_cc/tree/building.h"

#include "nuitka_cc/tree/body_helpers.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {

BuildResult BuildModuleTree(const ParsedSource& parsed, std::string module_name) {
  BuildResult result;
  auto tree = std::make_unique<ModuleTree>(parsed.filename, module_name);
  Scope* scope =
      tree->NewScope(ScopeKind::kModule, module_name, "", /*parent=*/nullptr);
  scope->first_line = 1;
  TreeBuilder b(*tree, parsed);
  Py_INCREF(parsed.symbols->st_top);
  TreeBuilder::ScopeGuard guard(b, scope, parsed.symbols->st_top, nullptr);

  asdl_stmt_seq* body = parsed.module->v.Module.body;
  SourceReference ref = b.Ref(1, 0);
  Node* root = b.New(NodeKind::kCompiledPythonModule, ref);
  root->set_name(module_name);
  root->set_scope(scope);
  scope->set_body(root);

  std::vector<Node*> statements;
  Py_ssize_t first = 0;
  if (Node* doc = BuildDocstringAssignment(b, body)) {
    statements.push_back(doc);
    first = 1;
  }
  if (BodyHasAnnotations(body)) {
    statements.push_back(b.MakeNameAssign(
        b.Identifier("__annotations__"), b.New(NodeKind::kExpressionMakeDict, ref), ref));
  }
  Node* frame = BuildFramedBody(b, NodeKind::kStatementsFrameModule, body, first,
                                ref, "<module>");
  statements.push_back(frame);
  root->AddChild(ChildRole::k_body, b.MakeSequence(statements, ref));
  tree->set_root(root);

  if (!b.error().empty()) {
    result.message = b.error();
    return result;
  }
  result.tree = std::move(tree);
  return result;
}

}  // namespace nuitka_cc
