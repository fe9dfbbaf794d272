// Generating C for a module tree: one C11 file per compiled module plus the
// program's main, against the CPython 3.11 C API and the nuitka-cc runtime
// (static_src/). See docs/code_generation.md for the design.
//
//   absl::StatusOr<GeneratedProgram> program =
//       GenerateProgram(tree, source_path, GenerationOptions{});
//   for (const GeneratedFile& file : program->files) { ... write file ... }
#ifndef NUITKA_CC_CODEGEN_CODE_GENERATION_H_
#define NUITKA_CC_CODEGEN_CODE_GENERATION_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "nuitka_cc/nodes/module_tree.h"

namespace nuitka_cc {

struct GeneratedFile {
  std::string name;      // relative to the build directory, e.g. "module.__main__.c"
  std::string contents;  // deterministic: the same tree gives the same bytes
};

struct GeneratedProgram {
  std::vector<GeneratedFile> files;
  // One line per function body (module body included): compiled natively,
  // or run from its bytecode and why (a reason code and the construct).
  std::string report;
};

struct GenerationOptions {
  // Refuse to run any body from bytecode: an unsupported construct is an
  // error instead.
  bool no_fallback = false;
};

// `source_path` is the file the tree was built from (absolute, as in the
// tree); its real code objects are compiled from it. Needs the embedded
// interpreter.
absl::StatusOr<GeneratedProgram> GenerateProgram(const ModuleTree& tree,
                                                 const std::string& source_path,
                                                 const GenerationOptions& options);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_CODEGEN_CODE_GENERATION_H_
