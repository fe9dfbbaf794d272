// Where the prebuilt runtime library and its headers are when nuitka-cc runs.
//
// Bazel builds the runtime once (//static_src:runtime, the archive
// libruntime.a; the headers under static_src/include/) and ships both as
// data of the nuitka-cc binary, so they sit in its runfiles tree, with the
// same runtime built for the debug CPython (//static_src:runtime_debug,
// for --python-debug):
//
//   <nuitka-cc>.runfiles/nuitka_cc/static_src/libruntime.a
//   <nuitka-cc>.runfiles/nuitka_cc/static_src/libruntime_debug.a
//   <nuitka-cc>.runfiles/nuitka_cc/static_src/include/nuitka_cc/...
//
// <nuitka-cc> is the running executable with symbolic links resolved
// (/proc/self/exe), so `bazel-bin/nuitka_cc/driver/nuitka-cc`, a symbolic
// link to it, and `bazel run` all find the same tree. When the binary runs
// from another program's runfiles (a data dependency of a test), Bazel's
// RUNFILES_DIR names that tree and is searched second.
//
//   absl::StatusOr<RuntimeFiles> runtime = LocateRuntimeFiles();
//   absl::StatusOr<RuntimeFiles> debug = LocateRuntimeFiles(
//       /*python_debug=*/true);
#ifndef NUITKA_CC_DRIVER_RUNTIME_FILES_H_
#define NUITKA_CC_DRIVER_RUNTIME_FILES_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace nuitka_cc {

struct RuntimeFiles {
  std::string include_dir;  // the generated C's -I: holds nuitka_cc/
  std::string archive;      // libruntime.a, or libruntime_debug.a
};

// The runtime in the first candidate directory that holds both the archive
// (the debug CPython's with `python_debug`) and the include directory.
// Error: none does; the message lists where it looked.
absl::StatusOr<RuntimeFiles> LocateRuntimeFiles(bool python_debug = false);

// The static_src directories searched, in order (exposed for tests).
std::vector<std::string> RuntimeSearchDirs();

}  // namespace nuitka_cc

#endif  // NUITKA_CC_DRIVER_RUNTIME_FILES_H_
