#include "nuitka_cc/driver/build_backend.h"

#include <sched.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>
#include <thread>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "nuitka_cc/driver/c_toolchain.h"
#include "nuitka_cc/driver/command_runner.h"

namespace nuitka_cc {
namespace {

namespace fs = std::filesystem;

constexpr const char* kReportName = "report.txt";
constexpr const char* kLinkLogName = "link.log";
// Lines of a failing step's log repeated in the error message.
constexpr int kLogExcerptLines = 20;

// Joins as the user will read it: no "./" in front of relative paths.
std::string JoinPath(const std::string& dir, const std::string& name) {
  if (dir.empty()) return name;
  if (dir.back() == '/') return dir + name;
  return absl::StrCat(dir, "/", name);
}

absl::Status CannotWrite(const std::string& path, const std::string& why) {
  return absl::PermissionDeniedError(
      absl::StrCat("cannot write '", path, "': ", why));
}

// Writes through a temporary file renamed into place.
absl::Status WriteFileAtomically(const std::string& path,
                                 const std::string& contents) {
  std::string temporary = absl::StrCat(path, ".tmp.", getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return CannotWrite(path, "cannot create the file");
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    out.close();
    if (!out) {
      std::remove(temporary.c_str());
      return CannotWrite(path, "write failed");
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    return CannotWrite(path, "cannot rename the temporary file into place");
  }
  return absl::OkStatus();
}

// A generated file's name must stay inside the build directory.
bool IsSafeRelativeName(const std::string& name) {
  if (name.empty() || name[0] == '/') return false;
  for (absl::string_view part : absl::StrSplit(name, '/')) {
    if (part.empty() || part == "." || part == "..") return false;
  }
  return true;
}

absl::Status MakeDirectories(const std::string& dir) {
  if (dir.empty()) return absl::OkStatus();
  std::error_code error;
  fs::create_directories(dir, error);
  if (error || !fs::is_directory(dir, error)) {
    return absl::PermissionDeniedError(
        absl::StrCat("cannot create the directory '", dir, "'",
                     error ? absl::StrCat(": ", error.message()) : ""));
  }
  return absl::OkStatus();
}

// Removes the regular files under `dir` that are not in `keep` (names
// relative to `dir`): what an earlier build left.
void RemoveStaleFiles(const std::string& dir,
                      const std::set<std::string>& keep) {
  std::error_code error;
  fs::recursive_directory_iterator it(dir, error), end;
  std::vector<fs::path> stale;
  for (; !error && it != end; it.increment(error)) {
    if (!it->is_regular_file(error)) continue;
    std::string relative =
        fs::relative(it->path(), dir, error).generic_string();
    if (!keep.contains(relative)) stale.push_back(it->path());
  }
  for (const fs::path& path : stale) fs::remove(path, error);
}

// The first lines of a log after its command line, indented.
std::string LogExcerpt(const std::string& log_path) {
  std::ifstream in(log_path, std::ios::binary);
  std::string line;
  std::string excerpt;
  int shown = 0;
  bool first = true;
  while (std::getline(in, line)) {
    if (first) {  // the "$ command" line
      first = false;
      continue;
    }
    if (shown == kLogExcerptLines) {
      absl::StrAppend(&excerpt, "\n  ...");
      break;
    }
    absl::StrAppend(&excerpt, "\n  ", line);
    ++shown;
  }
  return excerpt;
}

absl::Status StepFailed(const std::string& what, const CommandOutcome& outcome,
                        const std::string& log_path) {
  std::string message = absl::StrCat(what, "; see ", log_path);
  if (outcome.state != CommandOutcome::State::kExited) {
    message =
        absl::StrCat(what, " (it ", outcome.Describe(), "); see ", log_path);
  }
  return absl::InternalError(absl::StrCat(message, LogExcerpt(log_path)));
}

}  // namespace

std::string AppName(const std::string& source_path) {
  return fs::path(source_path).stem().string();
}

int DefaultJobCount() {
  cpu_set_t cpus;
  if (sched_getaffinity(0, sizeof(cpus), &cpus) == 0) {
    int count = CPU_COUNT(&cpus);
    if (count > 0) return count;
  }
  return std::max(1u, std::thread::hardware_concurrency());
}

absl::StatusOr<ExecutableBuild> BuildExecutable(const GeneratedProgram& program,
                                                const BuildOptions& options) {
  const std::string app = AppName(options.source_path);
  if (app.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "cannot name the executable after '", options.source_path, "'"));
  }
  ExecutableBuild result;
  result.build_dir = JoinPath(options.output_dir, app + ".build");
  const std::string executable = JoinPath(options.output_dir, app + ".bin");

  // Check the compiler first: a missing one should not cost the user a
  // half-written build directory.
  CToolchain toolchain;
  if (!options.generate_c_only) {
    absl::StatusOr<CToolchain> found = FindCToolchain(options.cc);
    if (!found.ok()) return found.status();
    toolchain = *std::move(found);
    if (options.python_debug) {
      if (absl::Status installed = CheckDebugPythonInstalled();
          !installed.ok()) {
        return installed;
      }
    }
  }

  if (absl::Status made = MakeDirectories(result.build_dir); !made.ok()) {
    return made;
  }
  if (!options.generate_c_only) {
    std::error_code error;
    if (fs::exists(fs::symlink_status(executable, error))) {
      fs::remove(executable, error);
      if (error) {
        return CannotWrite(executable,
                           "cannot remove the executable of an earlier build");
      }
    }
  }

  // The generated files and the report.
  std::set<std::string> keep = {kReportName};
  std::vector<std::string> c_files;
  for (const GeneratedFile& file : program.files) {
    if (!IsSafeRelativeName(file.name) || file.name == kReportName ||
        file.name == kLinkLogName || !keep.insert(file.name).second) {
      return absl::InternalError(absl::StrCat(
          "the code generator produced a file with a bad or repeated name: '",
          file.name, "'"));
    }
    if (absl::EndsWith(file.name, ".c")) c_files.push_back(file.name);
  }
  // Objects and logs of an earlier build go too: every one left after this
  // run is this run's.
  RemoveStaleFiles(result.build_dir, keep);
  for (const GeneratedFile& file : program.files) {
    std::string path = JoinPath(result.build_dir, file.name);
    if (absl::Status made =
            MakeDirectories(fs::path(path).parent_path().string());
        !made.ok()) {
      return made;
    }
    if (absl::Status written = WriteFileAtomically(path, file.contents);
        !written.ok()) {
      return written;
    }
  }
  if (absl::Status written = WriteFileAtomically(
          JoinPath(result.build_dir, kReportName), program.report);
      !written.ok()) {
    return written;
  }
  if (options.generate_c_only) return result;

  // Compile every C file.
  CompileFlags flags;
  flags.optimization = options.optimization;
  flags.include_dirs.push_back(options.runtime.include_dir);
  flags.python_debug = options.python_debug;
  std::vector<LoggedCommand> compiles;
  std::vector<std::string> objects;
  for (const std::string& name : c_files) {
    std::string source = JoinPath(result.build_dir, name);
    std::string object = source.substr(0, source.size() - 2) + ".o";
    compiles.push_back(
        {CompileCommand(toolchain, flags, source, object), source + ".log"});
    objects.push_back(object);
  }
  int jobs = options.jobs > 0 ? options.jobs : DefaultJobCount();
  jobs = std::max(1, std::min<int>(jobs, static_cast<int>(compiles.size())));
  std::vector<CommandOutcome> outcomes = RunLoggedCommands(compiles, jobs);
  for (size_t i = 0; i < compiles.size(); ++i) {
    if (outcomes[i].Succeeded() ||
        outcomes[i].state == CommandOutcome::State::kNotRun) {
      continue;
    }
    const std::string source = JoinPath(result.build_dir, c_files[i]);
    if (outcomes[i].state == CommandOutcome::State::kStartFailed) {
      return absl::FailedPreconditionError(
          absl::StrCat("the C compiler '", toolchain.requested, "' ",
                       outcomes[i].Describe(), " for ", source));
    }
    return StepFailed(absl::StrCat("the C compiler failed on ", source),
                      outcomes[i], compiles[i].log_path);
  }

  // Link under a temporary name, then rename into place.
  std::string temporary = absl::StrCat(executable, ".tmp.", getpid());
  std::vector<std::string> archives = {options.runtime.archive};
  LoggedCommand link = {LinkCommand(toolchain, objects, archives, temporary,
                                    options.python_debug),
                        JoinPath(result.build_dir, kLinkLogName)};
  CommandOutcome linked = RunLoggedCommands({link}, 1)[0];
  if (!linked.Succeeded()) {
    std::remove(temporary.c_str());
    if (linked.state == CommandOutcome::State::kStartFailed) {
      return absl::FailedPreconditionError(
          absl::StrCat("the C compiler '", toolchain.requested, "' ",
                       linked.Describe(), " for linking ", executable));
    }
    return StepFailed(absl::StrCat("linking ", executable, " failed"), linked,
                      link.log_path);
  }
  if (std::rename(temporary.c_str(), executable.c_str()) != 0) {
    std::remove(temporary.c_str());
    return CannotWrite(executable, "cannot rename the linked file into place");
  }
  result.executable = executable;
  return result;
}

}  // namespace nuitka_cc
