// The command-line flags of `nuitka-cc`, defined with Abseil flags.
#ifndef NUITKA_CC_DRIVER_OPTIONS_H_
#define NUITKA_CC_DRIVER_OPTIONS_H_

#include <cstdint>
#include <string>

#include "absl/flags/declare.h"

ABSL_DECLARE_FLAG(std::string, dump_tree);
ABSL_DECLARE_FLAG(std::string, output);
ABSL_DECLARE_FLAG(int64_t, max_source_bytes);
ABSL_DECLARE_FLAG(std::string, output_dir);
ABSL_DECLARE_FLAG(int32_t, jobs);
ABSL_DECLARE_FLAG(std::string, cc);
ABSL_DECLARE_FLAG(std::string, c_opt);
ABSL_DECLARE_FLAG(bool, run);
ABSL_DECLARE_FLAG(bool, generate_c_only);
ABSL_DECLARE_FLAG(bool, no_fallback);
ABSL_DECLARE_FLAG(bool, show_report);
ABSL_DECLARE_FLAG(bool, python_debug);
ABSL_DECLARE_FLAG(bool, show_optimizations);
ABSL_DECLARE_FLAG(bool, no_optimization);

#endif  // NUITKA_CC_DRIVER_OPTIONS_H_
