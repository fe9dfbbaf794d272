// The C compiler that turns generated C into an executable, and the command
// lines the build backend gives it.
//
// Generated C is compiled as CPython 3.11's own objects are (C11, -fwrapv,
// NDEBUG, position-dependent) and linked as Debian's /usr/bin/python3.11 is:
// against the static libpython3.11 archive, exporting the executable's
// symbols so that extension modules from lib-dynload load into it. With
// --python-debug, as /usr/bin/python3.11-dbg is: against the headers and
// archive of CPython's debug build, with assertions on.
//
//   absl::StatusOr<CToolchain> toolchain = FindCToolchain("gcc");
//   std::vector<std::string> argv =
//       CompileCommand(*toolchain, {.include_dirs = {...}}, "a.c", "a.o");
#ifndef NUITKA_CC_DRIVER_C_TOOLCHAIN_H_
#define NUITKA_CC_DRIVER_C_TOOLCHAIN_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace nuitka_cc {

// Debian's python3.11-dev.
inline constexpr const char* kPythonIncludeDir = "/usr/include/python3.11";
inline constexpr const char* kPythonStaticLibrary =
    "/usr/lib/python3.11/config-3.11-x86_64-linux-gnu/libpython3.11.a";

// Debian's python3.11-dbg (the files come from libpython3.11-dbg): CPython
// built with Py_DEBUG, for --python-debug. Its pyconfig.h is found through
// the multiarch include directory, as the release one is.
inline constexpr const char* kPythonDebugIncludeDir = "/usr/include/python3.11d";
inline constexpr const char* kPythonDebugConfigHeader =
    "/usr/include/x86_64-linux-gnu/python3.11d/pyconfig.h";
inline constexpr const char* kPythonDebugStaticLibrary =
    "/usr/lib/python3.11/config-3.11d-x86_64-linux-gnu/libpython3.11d.a";

// The compiler used when --cc is not given.
inline constexpr const char* kDefaultCCompiler = "clang";

struct CToolchain {
  std::string requested;  // as given: "clang", "gcc" or a path
  std::string compiler;   // its absolute path
  std::string ccache;     // absolute path of ccache when installed, else ""
};

// Resolves `requested` ("" means kDefaultCCompiler): a name is looked up on
// PATH, anything with a '/' is taken as a path. ccache is used when it is on
// PATH (CCACHE_DISABLE=1 in the environment turns it off, as ccache itself
// documents). Error: the compiler is missing or not executable.
absl::StatusOr<CToolchain> FindCToolchain(const std::string& requested);

// The first executable file named `name` on PATH, or "".
std::string FindOnPath(const std::string& name);

struct CompileFlags {
  std::string optimization = "-O2";       // -O0 ... -O3, -Os, -Oz, -Og
  std::vector<std::string> include_dirs;  // searched before Python's
  // Against the debug CPython (kPythonDebugIncludeDir), without NDEBUG so
  // that the assertions of CPython's inline functions are checked too.
  bool python_debug = false;
};

// OK when the debug CPython's headers and static library are installed;
// otherwise an error naming the missing file and the package to install.
absl::Status CheckDebugPythonInstalled();

// Whether `flag` is an optimisation flag CompileFlags accepts.
bool IsValidOptimizationFlag(const std::string& flag);

std::vector<std::string> CompileCommand(const CToolchain& toolchain,
                                        const CompileFlags& flags,
                                        const std::string& source,
                                        const std::string& object);

// Links through the compiler driver: the objects, then the archives in
// order, then libpython3.11 (libpython3.11d with `python_debug`) and the
// system libraries it needs.
std::vector<std::string> LinkCommand(const CToolchain& toolchain,
                                     const std::vector<std::string>& objects,
                                     const std::vector<std::string>& archives,
                                     const std::string& output,
                                     bool python_debug = false);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_DRIVER_C_TOOLCHAIN_H_
