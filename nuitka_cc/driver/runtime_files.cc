#include "nuitka_cc/driver/runtime_files.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace nuitka_cc {
namespace {

// The workspace name (WORKSPACE) is the top directory of runfiles trees.
constexpr const char* kRuntimeInRunfiles = "nuitka_cc/static_src";
constexpr const char* kArchiveName = "libruntime.a";
constexpr const char* kDebugArchiveName = "libruntime_debug.a";
constexpr const char* kIncludeDirName = "include";

std::string ExecutablePath() {
  std::string buffer(4096, '\0');
  ssize_t length = readlink("/proc/self/exe", buffer.data(), buffer.size());
  if (length <= 0 || static_cast<size_t>(length) >= buffer.size()) return "";
  buffer.resize(static_cast<size_t>(length));
  return buffer;
}

bool IsFile(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

bool IsDirectory(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

}  // namespace

std::vector<std::string> RuntimeSearchDirs() {
  std::vector<std::string> dirs;
  if (std::string exe = ExecutablePath(); !exe.empty()) {
    dirs.push_back(absl::StrCat(exe, ".runfiles/", kRuntimeInRunfiles));
  }
  if (const char* runfiles = std::getenv("RUNFILES_DIR");
      runfiles != nullptr && runfiles[0] != '\0') {
    dirs.push_back(absl::StrCat(runfiles, "/", kRuntimeInRunfiles));
  }
  return dirs;
}

absl::StatusOr<RuntimeFiles> LocateRuntimeFiles(bool python_debug) {
  const char* archive_name = python_debug ? kDebugArchiveName : kArchiveName;
  std::vector<std::string> dirs = RuntimeSearchDirs();
  for (const std::string& dir : dirs) {
    RuntimeFiles files;
    files.archive = absl::StrCat(dir, "/", archive_name);
    files.include_dir = absl::StrCat(dir, "/", kIncludeDirName);
    if (IsFile(files.archive) && IsDirectory(files.include_dir)) return files;
  }
  return absl::NotFoundError(absl::StrCat(
      "cannot find the nuitka-cc runtime (", archive_name, " and ",
      kIncludeDirName, "/) in ",
      dirs.empty() ? std::string("the runfiles of nuitka-cc")
                   : absl::StrJoin(dirs, " or "),
      "; build nuitka-cc with 'bazel build //nuitka_cc/driver:nuitka-cc'"));
}

}  // namespace nuitka_cc
