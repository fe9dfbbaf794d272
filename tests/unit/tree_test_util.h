// Building a module tree from source text in a unit test.
//
//   TreeFromSource tree("def f(x):\n    return x\n");
//   ASSERT_TRUE(tree.ok()) << tree.error();
//   tree.Find(NodeKind::kStatementReturn);  // first node of that kind
#ifndef NUITKA_CC_TESTS_UNIT_TREE_TEST_UTIL_H_
#define NUITKA_CC_TESTS_UNIT_TREE_TEST_UTIL_H_

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "nuitka_cc/base/embedded_python.h"
#include "nuitka_cc/nodes/module_tree.h"
#include "nuitka_cc/tree/building.h"
#include "nuitka_cc/tree/parse_source.h"

namespace nuitka_cc::testing {

class TreeFromSource {
 public:
  explicit TreeFromSource(const std::string& source) {
    (void)EmbeddedPython::Start();
    char path[] = "/tmp/nuitka_cc_unit_XXXXXX.py";
    int fd = mkstemps(path, 3);
    if (fd < 0) {
      error_ = "cannot create a temporary file";
      return;
    }
    if (write(fd, source.data(), source.size()) !=
        static_cast<ssize_t>(source.size())) {
      error_ = "cannot write a temporary file";
    }
    close(fd);
    path_ = path;
    parse_ = ParseSourceFile(path_, ParseLimits{});
    if (parse_.outcome != ParseOutcome::kOk) {
      error_ = parse_.message;
      return;
    }
    built_ = BuildModuleTree(*parse_.parsed, "__main__");
    if (!built_.tree) error_ = built_.message;
  }
  ~TreeFromSource() {
    built_.tree.reset();
    parse_.parsed.reset();
    if (!path_.empty()) std::remove(path_.c_str());
  }

  bool ok() const { return built_.tree != nullptr; }
  const std::string& error() const { return error_; }
  const ParseResult& parse() const { return parse_; }
  ModuleTree& tree() { return *built_.tree; }

  // Every node in evaluation order, descending into function bodies.
  std::vector<const Node*> AllNodes() const {
    std::vector<const Node*> nodes;
    std::function<void(const Node*)> visit = [&](const Node* node) {
      nodes.push_back(node);
      if (node->target() != nullptr) visit(node->target());
      for (const auto& child : node->children()) visit(child.node);
    };
    if (built_.tree && built_.tree->root()) visit(built_.tree->root());
    return nodes;
  }
  std::vector<const Node*> FindAll(NodeKind kind) const {
    std::vector<const Node*> found;
    for (const Node* node : AllNodes()) {
      if (node->kind() == kind) found.push_back(node);
    }
    return found;
  }
  const Node* Find(NodeKind kind) const {
    auto found = FindAll(kind);
    return found.empty() ? nullptr : found.front();
  }
  const Scope* FindScope(const std::string& qualname) const {
    for (const Scope& scope : built_.tree->scopes()) {
      if (scope.qualname() == qualname) return &scope;
    }
    return nullptr;
  }

 private:
  std::string path_;
  std::string error_;
  ParseResult parse_;
  BuildResult built_;
};

}  // namespace nuitka_cc::testing

#endif  // NUITKA_CC_TESTS_UNIT_TREE_TEST_UTIL_H_
