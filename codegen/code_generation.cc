#include "codegen/code_generation.h"

#include <stdlib.h>

#include <climits>
#include <filesystem>

#include "absl/strings/str_cat.h"
#include "codegen/code_objects.h"
#include "codegen/codegen_internal.h"
#include "codegen/module_emitter.h"
#include "nuitka_cc/base/embedded_python.h"

namespace nuitka_cc {
namespace {

// sys.path[0] as python3.11 computes it for a script: the directory of
// its real path.
std::string ScriptDirectory(const std::string& source_path) {
  char resolved[PATH_MAX];
  std::string path = realpath(source_path.c_str(), resolved) != nullptr
                         ? std::string(resolved)
                         : source_path;
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return "";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string ReportName(const ModuleTree& tree, const Scope& scope) {
  return &scope == tree.module_scope() ? "<module>" : scope.qualname();
}

}  // namespace

absl::StatusOr<GeneratedProgram> GenerateProgram(const ModuleTree& tree,
                                                 const std::string& source_path,
                                                 const GenerationOptions& options) {
  if (!EmbeddedPython::Started()) {
    return absl::FailedPreconditionError("the embedded interpreter is not started");
  }
  if (tree.root() == nullptr || tree.module_scope() == nullptr) {
    return absl::InvalidArgumentError("the module tree is empty");
  }
  absl::StatusOr<std::unique_ptr<CodeObjects>> codes = CodeObjects::Compile(source_path);
  if (!codes.ok()) return codes.status();

  ModuleEmitter module(tree, **codes, options);
  // python3.11 issues the compiler's warnings whenever it compiles the
  // script, before running it: the program does so when it starts.
  for (const CompileWarning& warning : (*codes)->compile_warnings()) {
    module.AddCodeSetup(absl::StrCat("NuitkaCC_IssueCompileWarning(\"", warning.category,
                                     "\", ", module.StringConstant(warning.message), ", ",
                                     module.StringConstant(source_path), ", ", warning.line,
                                     ")"));
  }
  std::string body_definition;
  if ((*codes)->MatchScopes(tree)) {
    body_definition = GenerateModuleBody(module, tree.root());
  } else {
    module.Decide(tree.module_scope(), {false, "CODE_OBJECT_MISMATCH", "", nullptr});
  }

  // The report, one line per scope in source order; scopes never decided
  // were created by a body that runs bytecode.
  GeneratedProgram program;
  const BodyDecision* first_fallback = nullptr;
  for (const Scope& scope : tree.scopes()) {
    const BodyDecision* decision = module.DecisionFor(&scope);
    std::string name = ReportName(tree, scope);
    if (decision == nullptr) {
      absl::StrAppend(&program.report, "bytecode ", name, " PARENT_BYTECODE\n");
      continue;
    }
    if (decision->native) {
      absl::StrAppend(&program.report, "native ", name, "\n");
    } else {
      absl::StrAppend(&program.report, "bytecode ", name, " ", decision->reason, "\n");
      if (first_fallback == nullptr) first_fallback = decision;
    }
  }
  if (options.no_fallback && first_fallback != nullptr) {
    const Node* node = first_fallback->node;
    std::string where = node != nullptr
                            ? absl::StrCat(source_path, ":", node->source().line, ": ",
                                           node->kind_name())
                            : source_path;
    return absl::FailedPreconditionError(absl::StrCat(
        where, ": not compiled natively (", first_fallback->reason, ")"));
  }

  absl::StatusOr<std::string> blob = module.constants().Serialize(**codes);
  if (!blob.ok()) return blob.status();
  const std::string& module_name = tree.module_name();
  program.files.push_back(
      {absl::StrCat("module.", module_name, ".c"),
       GenerateModuleFile(module, body_definition, source_path,
                          ScriptDirectory(source_path), *blob)});
  program.files.push_back({"main.c", GenerateMainFile(module_name)});
  return program;
}

}  // namespace nuitka_cc
