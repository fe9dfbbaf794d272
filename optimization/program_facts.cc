#include "optimization/program_facts.h"

#include <Python.h>

#include <filesystem>
#include <vector>

#include "optimization/module_friends/registry.h"

namespace nuitka_cc {
namespace {

bool IsNamed(const Node* node, absl::string_view name) {
  return node != nullptr && node->kind() == NodeKind::kExpressionVariableRef &&
         node->variable() != nullptr && node->variable()->name() == name;
}

// The dotted path an import expression gives, or "" when it is not a plain
// absolute import.
std::string ImportedPath(const Node* source) {
  if (source == nullptr) return "";
  if (source->kind() == NodeKind::kExpressionBuiltinImport) {
    if (source->number().value_or(-1) != 0 || source->constant() == nullptr) return "";
    const std::string& name = source->name();
    // `import a.b` binds the top package; `from a.b import c` takes from a.b.
    if (source->constant() == Py_None) return name.substr(0, name.find('.'));
    return name;
  }
  if (source->kind() == NodeKind::kExpressionImportName) {
    std::string module = ImportedPath(source->Child(ChildRole::k_module));
    if (module.empty()) return "";
    const Node* import = source->Child(ChildRole::k_module);
    // `import a.b as c` takes b from the top package a's import.
    if (import->constant() == Py_None && import->name().find('.') != std::string::npos) {
      return import->name();
    }
    return module + "." + source->name();
  }
  return "";
}

bool OnlyConstants(const Node* node) {
  switch (node->kind()) {
    case NodeKind::kExpressionConstantRef:
      return true;
    case NodeKind::kExpressionMakeTuple:
    case NodeKind::kExpressionMakeList:
    case NodeKind::kExpressionMakeDict:
    case NodeKind::kExpressionKeyValuePair:
      for (const auto& child : node->children()) {
        if (!OnlyConstants(child.node)) return false;
      }
      return true;
    default:
      return false;
  }
}

// A module-level statement that cannot run code of the program (which
// could read a name before its import binds it).
bool RunsNoProgramCode(const Node* statement) {
  if (statement->kind() != NodeKind::kStatementAssignmentVariable) return false;
  const Node* source = statement->Child(ChildRole::k_source);
  if (source == nullptr) return false;
  if (!ImportedPath(source).empty() || OnlyConstants(source)) return true;
  if (source->kind() == NodeKind::kExpressionImportName) return true;
  if (source->kind() != NodeKind::kExpressionFunctionCreation) return false;
  // Its defaults and annotations (the body is its target, not a child).
  for (const auto& child : source->children()) {
    if (!OnlyConstants(child.node)) return false;
  }
  return true;
}

// Whether a module named `top` could be found in the program's directory
// before the standard one (built-in modules cannot be shadowed).
bool Shadowed(const std::string& top, const std::string& filename) {
  PyObject* builtin_names = PySys_GetObject("builtin_module_names");  // borrowed
  if (builtin_names != nullptr) {
    PyObject* name = PyUnicode_FromString(top.c_str());
    int builtin = name == nullptr ? -1 : PySequence_Contains(builtin_names, name);
    Py_XDECREF(name);
    if (builtin == 1) return false;
    PyErr_Clear();
  }
  std::filesystem::path directory = std::filesystem::path(filename).parent_path();
  std::error_code error;
  return std::filesystem::exists(directory / (top + ".py"), error) ||
         std::filesystem::exists(directory / top, error) || error;
}

struct Scan {
  absl::flat_hash_map<const Variable*, std::vector<const Node*>> module_writes;
  bool dynamic_names = false;
  ProgramFacts* facts;

  void Visit(const Node* node) {
    if (node == nullptr) return;
    switch (node->kind()) {
      case NodeKind::kStatementAssignmentVariable:
      case NodeKind::kStatementDelVariable:
        if (node->variable() != nullptr && node->variable()->kind() == VariableKind::kModule) {
          module_writes[node->variable()].push_back(node);
        }
        break;
      case NodeKind::kStatementImportStar:
        dynamic_names = true;
        break;
      case NodeKind::kStatementAssignmentAttribute:
      case NodeKind::kStatementDelAttribute:
        facts->written_attributes.insert(node->name());
        break;
      case NodeKind::kExpressionAttributeLookup:
        if (node->name() == "__dict__" || node->name() == "__setattr__" ||
            node->name() == "__delattr__") {
          facts->any_attribute_written = true;
        }
        break;
      case NodeKind::kExpressionCall: {
        // setattr(x, "name", v) and delattr(x, "name") write a known name.
        const Node* called = node->Child(ChildRole::k_called);
        const Node* args = node->Child(ChildRole::k_args);
        if ((IsNamed(called, "setattr") || IsNamed(called, "delattr")) && args != nullptr &&
            args->kind() == NodeKind::kExpressionMakeTuple) {
          std::vector<Node*> elements = args->ChildrenIn(ChildRole::k_elements);
          if (elements.size() >= 2 && elements[1]->kind() == NodeKind::kExpressionConstantRef &&
              PyUnicode_CheckExact(elements[1]->constant())) {
            const char* name = PyUnicode_AsUTF8(elements[1]->constant());
            if (name != nullptr) {
              facts->written_attributes.insert(name);
              for (const auto& child : node->children()) {
                if (child.node != called) Visit(child.node);
              }
              Visit(node->target());
              return;
            }
            PyErr_Clear();
          }
        }
        break;
      }
      case NodeKind::kExpressionVariableRef:
        if (node->variable() != nullptr) {
          const std::string& name = node->variable()->name();
          if (name == "globals" || name == "vars" || name == "exec" || name == "eval" ||
              name == "__builtins__") {
            dynamic_names = true;
          }
          if (name == "setattr" || name == "delattr") facts->any_attribute_written = true;
        }
        break;
      default:
        break;
    }
    for (const auto& child : node->children()) Visit(child.node);
    // Function, generator and class bodies.
    Visit(node->target());
  }
};

const Node* ModuleFrame(const Node* node) {
  if (node == nullptr) return nullptr;
  if (node->kind() == NodeKind::kStatementsFrameModule) return node;
  if (node->kind() != NodeKind::kCompiledPythonModule &&
      node->kind() != NodeKind::kStatementsSequence) {
    return nullptr;
  }
  for (const auto& child : node->children()) {
    if (const Node* frame = ModuleFrame(child.node)) return frame;
  }
  return nullptr;
}

}  // namespace

ProgramFacts CollectProgramFacts(const ModuleTree& tree) {
  ProgramFacts facts;
  Scan scan;
  scan.facts = &facts;
  scan.Visit(tree.root());
  const Node* frame = ModuleFrame(tree.root());
  if (scan.dynamic_names || frame == nullptr) return facts;
  // The imports among the module body's first statements, those before
  // anything that runs program code.
  absl::flat_hash_map<const Variable*, std::string> import_temps;
  auto trust = [&](const Node* statement) {
    const Variable* variable = statement->variable();
    const Node* source = statement->Child(ChildRole::k_source);
    std::string path = ImportedPath(source);
    // `from m import a, b` takes its names from a temporary holding m.
    if (path.empty() && source != nullptr &&
        source->kind() == NodeKind::kExpressionImportName) {
      const Node* module = source->Child(ChildRole::k_module);
      if (module != nullptr && module->kind() == NodeKind::kExpressionVariableRef) {
        auto temp = import_temps.find(module->variable());
        if (temp != import_temps.end()) path = temp->second + "." + source->name();
      }
    }
    if (path.empty()) return;
    if (variable->kind() == VariableKind::kTemp) {
      if (source->kind() == NodeKind::kExpressionBuiltinImport) {
        import_temps[variable] = path;
      }
      return;
    }
    std::string top = path.substr(0, path.find('.'));
    if (!HasModuleFriend(top) || Shadowed(top, tree.filename())) return;
    auto writes = scan.module_writes.find(variable);
    if (writes == scan.module_writes.end() || writes->second.size() != 1 ||
        writes->second[0] != statement) {
      return;
    }
    facts.friend_bindings[variable] = path;
  };
  for (const Node* statement : frame->ChildrenIn(ChildRole::k_statements)) {
    if (statement->kind() == NodeKind::kStatementReleaseVariable) continue;
    if (statement->kind() == NodeKind::kStatementTry) {
      // `from m import a, b`: the imports, with a handler releasing the
      // temporary.
      const Node* tried = statement->Child(ChildRole::k_tried);
      bool imports = tried != nullptr && tried->kind() == NodeKind::kStatementsSequence;
      if (imports) {
        for (const Node* inner : tried->ChildrenIn(ChildRole::k_statements)) {
          imports = imports && inner->kind() == NodeKind::kStatementAssignmentVariable &&
                    RunsNoProgramCode(inner);
        }
      }
      if (!imports) break;
      for (const Node* inner : tried->ChildrenIn(ChildRole::k_statements)) trust(inner);
      continue;
    }
    if (!RunsNoProgramCode(statement)) break;
    trust(statement);
  }
  return facts;
}

}  // namespace nuitka_cc
