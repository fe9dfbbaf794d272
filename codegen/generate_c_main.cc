// An internal tool for working on the code generator: writes the C files of
// a program into a directory and prints the native/bytecode report, without
// building anything (the `nuitka-cc` command is the user's interface).
//
//   bazel-bin/codegen/generate_c [--no-fallback] app.py out_dir
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "codegen/code_generation.h"
#include "nuitka_cc/base/embedded_python.h"
#include "nuitka_cc/tree/building.h"
#include "nuitka_cc/tree/parse_source.h"
#include "optimization/optimizer.h"

int main(int argc, char** argv) {
  nuitka_cc::GenerationOptions options;
  int first = 1;
  if (argc > first && std::strcmp(argv[first], "--no-fallback") == 0) {
    options.no_fallback = true;
    ++first;
  }
  if (argc - first != 2) {
    std::cerr << "usage: generate_c [--no-fallback] app.py out_dir\n";
    return 2;
  }
  std::string source = argv[first];
  if (source.empty() || source[0] != '/') {
    source = (std::filesystem::current_path() / source).string();
  }
  std::filesystem::path out_dir = argv[first + 1];
  if (absl::Status started = nuitka_cc::EmbeddedPython::Start(); !started.ok()) {
    std::cerr << started.message() << "\n";
    return 2;
  }
  nuitka_cc::ParseResult parse = nuitka_cc::ParseSourceFile(source, {});
  if (parse.outcome != nuitka_cc::ParseOutcome::kOk) {
    std::cerr << parse.message;
    return 1;
  }
  nuitka_cc::BuildResult built = nuitka_cc::BuildModuleTree(*parse.parsed, "__main__");
  if (!built.tree) {
    std::cerr << built.message;
    return 1;
  }
  parse.parsed.reset();
  // The tree is optimized as `nuitka-cc` does it.
  nuitka_cc::OptimizeModule(*built.tree);
  absl::StatusOr<nuitka_cc::GeneratedProgram> program =
      nuitka_cc::GenerateProgram(*built.tree, source, options);
  if (!program.ok()) {
    std::cerr << "nuitka-cc: error: " << program.status().message() << "\n";
    return 1;
  }
  std::filesystem::create_directories(out_dir);
  for (const nuitka_cc::GeneratedFile& file : program->files) {
    std::ofstream out(out_dir / file.name, std::ios::binary | std::ios::trunc);
    out << file.contents;
    if (!out) {
      std::cerr << "nuitka-cc: error: cannot write " << (out_dir / file.name) << "\n";
      return 2;
    }
  }
  std::cerr << program->report;
  return 0;
}
