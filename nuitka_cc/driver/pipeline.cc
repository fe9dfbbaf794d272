#include "nuitka_cc/driver/pipeline.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

#include "absl/strings/str_cat.h"
#include "nuitka_cc/base/embedded_python.h"
#include "nuitka_cc/nodes/dump_dot.h"
#include "nuitka_cc/nodes/dump_xml.h"
#include "nuitka_cc/tree/building.h"

namespace nuitka_cc {
namespace {

int InputOutputError(const std::string& message) {
  std::cerr << "nuitka-cc: error: " << message << "\n";
  return kExitUsageError;
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
// never leaves an output that looks complete.
int WriteOutput(const std::string& path, const std::string& text) {
  if (path.empty()) {
    std::cout << text;
    std::cout.flush();
    return std::cout ? kExitSuccess
                     : InputOutputError("cannot write to standard output");
  }
  std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return InputOutputError(absl::StrCat("cannot write '", path, "'"));
    out << text;
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

}  // namespace

int RunPipeline(const PipelineOptions& options) {
  const std::string& format = options.dump_format;
  if (!format.empty() && format != "xml" && format != "dot" && format != "svg") {
    return InputOutputError(absl::StrCat(
        "--dump-tree takes xml, dot or svg, not '", format, "'"));
  }
  if (format.empty()) {
    return InputOutputError(
        "compiling to an executable is not available yet; use --dump-tree");
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

  std::string text;
  if (format == "xml") {
    text = DumpTreeXml(*built.tree);
  } else {
    text = DumpTreeDot(*built.tree);
    if (format == "svg") {
      absl::StatusOr<std::string> svg = RenderDotToSvg(text);
      if (!svg.ok()) return InputOutputError(std::string(svg.status().message()));
      text = *std::move(svg);
    }
  }
  return WriteOutput(options.output_path, text);
}

}  // namespace nuitka_cc
