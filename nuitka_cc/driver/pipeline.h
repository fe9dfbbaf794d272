// What `nuitka-cc FILE.py` does, stage by stage: read and parse the file,
// build the node tree, and (for now) dump it.
#ifndef NUITKA_CC_DRIVER_PIPELINE_H_
#define NUITKA_CC_DRIVER_PIPELINE_H_

#include <string>

#include "nuitka_cc/tree/parse_source.h"

namespace nuitka_cc {

inline constexpr int kExitSuccess = 0;
inline constexpr int kExitProgramRejected = 1;
inline constexpr int kExitUsageError = 2;

struct PipelineOptions {
  std::string source_path;
  std::string dump_format;  // "", "xml", "dot" or "svg"
  std::string output_path;  // "" for stdout
  ParseLimits parse_limits;
};

// Runs the whole command; returns the exit status. Messages go to stderr.
int RunPipeline(const PipelineOptions& options);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_DRIVER_PIPELINE_H_
