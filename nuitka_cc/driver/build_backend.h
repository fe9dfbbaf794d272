// The build backend: from generated C to an executable.
//
// For a program APP.py (APP is the file's stem) it writes, in the output
// directory:
//
//   APP.build/                the generated files, byte for byte as given,
//                             and report.txt (the generation report)
//   APP.build/NAME.o          one object per generated NAME.c, compiled in
//                             parallel (`jobs` at a time)
//   APP.build/NAME.c.log      the compiler's command line and output
//   APP.build/link.log        the linker's command line and output
//   APP.bin                   the executable
//
// APP.bin is linked under a temporary name and renamed into place, and an
// APP.bin from an earlier run is removed first, so a failed build never
// leaves an executable that looks good. Files of an earlier build that are
// not part of this one are removed from APP.build/.
//
//   BuildOptions options;
//   options.source_path = "/home/me/app.py";
//   options.runtime = *LocateRuntimeFiles();
//   absl::StatusOr<ExecutableBuild> built = BuildExecutable(program, options);
//   if (!built.ok()) ... built.status().message() names the failing step
//                        and its log ...
#ifndef NUITKA_CC_DRIVER_BUILD_BACKEND_H_
#define NUITKA_CC_DRIVER_BUILD_BACKEND_H_

#include <string>

#include "absl/status/statusor.h"
#include "codegen/code_generation.h"
#include "nuitka_cc/driver/runtime_files.h"

namespace nuitka_cc {

struct BuildOptions {
  std::string source_path;  // the program's file; APP is its stem
  std::string output_dir;   // "" for the current directory
  int jobs = 0;             // C compiler processes at once; 0: one per core
  std::string cc;           // --cc: "clang", "gcc" or a path; "" for clang
  std::string optimization = "-O2";
  bool generate_c_only = false;  // stop after writing APP.build/
  // Against Debian's debug CPython (python3.11-dbg); `runtime` must then be
  // the debug runtime (LocateRuntimeFiles(true)).
  bool python_debug = false;
  RuntimeFiles runtime;  // not needed with generate_c_only
};

struct ExecutableBuild {
  // As shown in messages: relative to the current directory when the output
  // directory is.
  std::string build_dir;   // OUTPUT_DIR/APP.build
  std::string executable;  // OUTPUT_DIR/APP.bin; "" with generate_c_only
};

absl::StatusOr<ExecutableBuild> BuildExecutable(const GeneratedProgram& program,
                                                const BuildOptions& options);

// APP for a source path: "dir/app.py" gives "app".
std::string AppName(const std::string& source_path);

// The number of cores this process may run on.
int DefaultJobCount();

}  // namespace nuitka_cc

#endif  // NUITKA_CC_DRIVER_BUILD_BACKEND_H_
