// The command-line flags of `nuitka-cc`, defined with Abseil flags.
#ifndef NUITKA_CC_DRIVER_OPTIONS_H_
#define NUITKA_CC_DRIVER_OPTIONS_H_

#include <cstdint>
#include <string>

#include "absl/flags/declare.h"

ABSL_DECLARE_FLAG(std::string, dump_tree);
ABSL_DECLARE_FLAG(std::string, output);
ABSL_DECLARE_FLAG(int64_t, max_source_bytes);

#endif  // NUITKA_CC_DRIVER_OPTIONS_H_
