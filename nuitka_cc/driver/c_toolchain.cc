#include "nuitka_cc/driver/c_toolchain.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace nuitka_cc {
namespace {

bool IsFile(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

bool IsExecutableFile(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) &&
         access(path.c_str(), X_OK) == 0;
}

std::string MakeAbsolute(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char buffer[4096];
  if (getcwd(buffer, sizeof(buffer)) == nullptr) return path;
  return absl::StrCat(buffer, "/", path);
}

}  // namespace

std::string FindOnPath(const std::string& name) {
  const char* path = std::getenv("PATH");
  // POSIX's default search path when PATH is unset.
  std::string search = path != nullptr ? path : "/usr/bin:/bin";
  for (absl::string_view dir : absl::StrSplit(search, ':')) {
    // An empty entry means the current directory.
    std::string candidate = dir.empty() ? name : absl::StrCat(dir, "/", name);
    if (IsExecutableFile(candidate)) return MakeAbsolute(candidate);
  }
  return "";
}

absl::StatusOr<CToolchain> FindCToolchain(const std::string& requested) {
  CToolchain toolchain;
  toolchain.requested = requested.empty() ? kDefaultCCompiler : requested;
  if (toolchain.requested.find('/') != std::string::npos) {
    if (!IsExecutableFile(toolchain.requested)) {
      return absl::NotFoundError(
          absl::StrCat("the C compiler '", toolchain.requested,
                       "' does not exist or is not an executable file"));
    }
    toolchain.compiler = MakeAbsolute(toolchain.requested);
  } else {
    toolchain.compiler = FindOnPath(toolchain.requested);
    if (toolchain.compiler.empty()) {
      return absl::NotFoundError(absl::StrCat(
          "the C compiler '", toolchain.requested,
          "' was not found on PATH; install it or choose another with "
          "--cc=gcc|clang|PATH"));
    }
  }
  toolchain.ccache = FindOnPath("ccache");
  return toolchain;
}

absl::Status CheckDebugPythonInstalled() {
  for (const std::string& needed :
       {absl::StrCat(kPythonDebugIncludeDir, "/Python.h"),
        std::string(kPythonDebugConfigHeader),
        std::string(kPythonDebugStaticLibrary)}) {
    if (!IsFile(needed)) {
      return absl::FailedPreconditionError(absl::StrCat(
          "--python-debug builds against Debian's debug CPython, which is "
          "not installed: '", needed, "' is missing; install the "
          "python3.11-dbg package (apt-get install python3.11-dbg)"));
    }
  }
  return absl::OkStatus();
}

bool IsValidOptimizationFlag(const std::string& flag) {
  for (const char* valid : {"-O0", "-O1", "-O2", "-O3", "-Os", "-Oz", "-Og"}) {
    if (flag == valid) return true;
  }
  return false;
}

std::vector<std::string> CompileCommand(const CToolchain& toolchain,
                                        const CompileFlags& flags,
                                        const std::string& source,
                                        const std::string& object) {
  std::vector<std::string> argv;
  if (!toolchain.ccache.empty()) argv.push_back(toolchain.ccache);
  argv.push_back(toolchain.compiler);
  // As CPython's own objects are built (python3.11-config --cflags), but
  // position-dependent: the executable is not a PIE, see LinkCommand.
  // The debug build keeps assertions (python3.11-dbg-config --cflags has no
  // -DNDEBUG).
  for (const char* flag : {"-std=c11", "-Wall", "-fwrapv"}) {
    argv.push_back(flag);
  }
  if (!flags.python_debug) argv.push_back("-DNDEBUG");
  argv.push_back("-fno-pie");
  argv.push_back(flags.optimization);
  for (const std::string& dir : flags.include_dirs) argv.push_back("-I" + dir);
  argv.push_back(absl::StrCat(
      "-I", flags.python_debug ? kPythonDebugIncludeDir : kPythonIncludeDir));
  for (const std::string& arg :
       {std::string("-c"), source, std::string("-o"), object}) {
    argv.push_back(arg);
  }
  return argv;
}

std::vector<std::string> LinkCommand(const CToolchain& toolchain,
                                     const std::vector<std::string>& objects,
                                     const std::vector<std::string>& archives,
                                     const std::string& output,
                                     bool python_debug) {
  // libpython3.11.a is not position-independent, so the executable cannot be
  // a PIE (Debian's python3.11 is not one either).
  std::vector<std::string> argv = {toolchain.compiler, "-no-pie", "-o", output};
  argv.insert(argv.end(), objects.begin(), objects.end());
  argv.push_back("-Wl,--export-dynamic");
  argv.insert(argv.end(), archives.begin(), archives.end());
  argv.push_back(python_debug ? kPythonDebugStaticLibrary
                              : kPythonStaticLibrary);
  for (const char* library :
       {"-ldl", "-lm", "-lz", "-lexpat", "-lpthread", "-lutil"}) {
    argv.push_back(library);
  }
  return argv;
}

}  // namespace nuitka_cc
