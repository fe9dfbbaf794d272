#include "nuitka_cc/driver/pipeline.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <new>
#include <system_error>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "codegen/code_generation.h"
#include "nuitka_cc/base/embedded_python.h"
#include "nuitka_cc/driver/build_backend.h"
#include "nuitka_cc/driver/runtime_files.h"
#include "nuitka_cc/nodes/dump_dot.h"
#include "nuitka_cc/nodes/dump_xml.h"
#include "nuitka_cc/tree/building.h"
#include "optimization/optimizer.h"

namespace nuitka_cc {
namespace {

int InputOutputError(const std::string& message) {
  std::cerr << "nuitka-cc: error: " << message << "\n";
  return kExitUsageError;
}

int ToolError(const std::string& message) {
  std::cerr << "nuitka-cc: error: " << message << "\n";
  return kExitBuildToolError;
}

// CPython shows the script path made absolute but not normalized.
std::string AbsoluteSourcePath(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  std::error_code error;
  std::filesystem::path cwd = std::filesystem::current_path(error);
  if (error) return path;
  return (cwd / path).string();
}

// Writes through a temporary file renamed into place, so that a failed run
// never leaves an output that looks complete. Existing outputs that are not
// regular files (/dev/null, /dev/stdout, a pipe) are written directly: a
// rename would replace them. `write` streams the output.
int WriteOutput(const std::string& path,
                const std::function<void(std::ostream&)>& write) {
  if (path.empty()) {
    write(std::cout);
    std::cout.flush();
    return std::cout ? kExitSuccess
                     : InputOutputError("cannot write to standard output");
  }
  struct stat info;
  if (stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode) &&
      !S_ISDIR(info.st_mode)) {
    std::ofstream out(path, std::ios::binary);
    write(out);
    out.close();
    return out ? kExitSuccess
               : InputOutputError(absl::StrCat("cannot write '", path, "'"));
  }
  std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return InputOutputError(absl::StrCat("cannot write '", path, "'"));
    write(out);
    out.close();
    if (!out) {
      std::remove(temporary.c_str());
      return InputOutputError(absl::StrCat("cannot write '", path, "'"));
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    return InputOutputError(absl::StrCat("cannot write '", path, "'"));
  }
  return kExitSuccess;
}

// Runs the built program in place of this process, so that its output,
// exit status and signals are the program's own. Returns only on failure.
int RunBuiltProgram(const std::string& built,
                    const std::vector<std::string>& args) {
  // As a shell user would run it: "./app.bin", not "app.bin", so that the
  // program (sys.argv[0], sys.executable) sees a path.
  const std::string executable =
      built.find('/') == std::string::npos ? "./" + built : built;
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(executable.c_str()));
  for (const std::string& arg : args) {
    argv.push_back(const_cast<char*>(arg.c_str()));
  }
  argv.push_back(nullptr);
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  execv(executable.c_str(), argv.data());
  return ToolError(
      absl::StrCat("cannot run '", executable, "': ", std::strerror(errno)));
}

// Without --dump-tree: generate C, build APP.bin, and with --run, run it.
int CompileProgram(const ModuleTree& tree, const PipelineOptions& options) {
  GenerationOptions generation;
  generation.no_fallback = options.no_fallback;
  absl::StatusOr<GeneratedProgram> program = GenerateProgram(
      tree, AbsoluteSourcePath(options.source_path), generation);
  if (!program.ok()) {
    std::cerr << "nuitka-cc: error: " << program.status().message() << "\n";
    // FailedPrecondition: a body --no-fallback refuses to run from its
    // bytecode (the message names the line and the construct).
    return absl::IsFailedPrecondition(program.status()) ? kExitProgramRejected
                                                        : kExitBuildToolError;
  }
  if (options.show_report) std::cerr << program->report;

  BuildOptions build;
  build.source_path = options.source_path;
  build.output_dir = options.output_dir;
  build.jobs = options.jobs;
  build.cc = options.cc;
  build.optimization = options.c_opt;
  build.generate_c_only = options.generate_c_only;
  build.python_debug = options.python_debug;
  if (!options.generate_c_only) {
    absl::StatusOr<RuntimeFiles> runtime =
        LocateRuntimeFiles(options.python_debug);
    if (!runtime.ok()) {
      return ToolError(std::string(runtime.status().message()));
    }
    build.runtime = *std::move(runtime);
  }
  absl::StatusOr<ExecutableBuild> built = BuildExecutable(*program, build);
  if (!built.ok()) return ToolError(std::string(built.status().message()));
  if (options.run) {
    return RunBuiltProgram(built->executable, options.program_args);
  }
  return kExitSuccess;
}

int RunPipelineUnguarded(const PipelineOptions& options) {
  const std::string& format = options.dump_format;
  if (!format.empty() && format != "xml" && format != "dot" && format != "svg") {
    return InputOutputError(absl::StrCat(
        "--dump-tree takes xml, dot or svg, not '", format, "'"));
  }
  if (absl::Status started = EmbeddedPython::Start(); !started.ok()) {
    return InputOutputError(std::string(started.message()));
  }

  ParseResult parse =
      ParseSourceFile(AbsoluteSourcePath(options.source_path), options.parse_limits);
  if (parse.outcome != ParseOutcome::kOk) {
    std::cerr << parse.message;
    return parse.outcome == ParseOutcome::kProgramError ? kExitProgramRejected
                                                        : kExitUsageError;
  }
  BuildResult built = BuildModuleTree(*parse.parsed, "__main__");
  if (!built.tree) {
    std::cerr << built.message;
    return kExitProgramRejected;
  }

  // The parser's AST and symbol table are not needed once the tree exists.
  parse.parsed.reset();

  if (options.optimize) {
    OptimizationResult optimized = OptimizeModule(*built.tree);
    if (options.show_optimizations) {
      for (const Replacement& r : optimized.replacements) {
        std::cout << options.source_path << ":" << r.line << ": " << r.tag << ": "
                  << r.message << "\n";
      }
      std::cout << "module __main__: " << optimized.passes << " optimization passes\n";
    }
  }

  if (format.empty()) return CompileProgram(*built.tree, options);
  if (format == "xml") {
    // Streamed: the text of a large program's dump can be bigger than the
    // tree itself.
    return WriteOutput(options.output_path, [&](std::ostream& out) {
      DumpTreeXml(*built.tree, out);
    });
  }
  std::string text = DumpTreeDot(*built.tree);
  if (format == "svg") {
    absl::StatusOr<std::string> svg = RenderDotToSvg(text);
    if (!svg.ok()) return InputOutputError(std::string(svg.status().message()));
    text = *std::move(svg);
  }
  return WriteOutput(options.output_path,
                     [&](std::ostream& out) { out << text; });
}

}  // namespace

int RunPipeline(const PipelineOptions& options) {
  try {
    return RunPipelineUnguarded(options);
  } catch (const std::bad_alloc&) {
    // The tree and the dump text are gone by now; report it cleanly rather
    // than abort.
    return InputOutputError(absl::StrCat("out of memory while processing '",
                                         options.source_path, "'"));
  }
}

}  // namespace nuitka_cc
