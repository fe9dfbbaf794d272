#include "nuitka_cc/driver/command_runner.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>

#include "absl/strings/str_cat.h"

extern char** environ;

namespace nuitka_cc {
namespace {

// Characters that need no quoting in a shell word.
bool IsPlainShellWord(const std::string& word) {
  if (word.empty()) return false;
  for (char c : word) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                 (c >= '0' && c <= '9') || std::strchr("-_./=+,:@%", c);
    if (!plain) return false;
  }
  return true;
}

// Writes the command line into a fresh log; the command appends to it.
int StartLog(const LoggedCommand& command) {
  int fd = open(command.log_path.c_str(),
                O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return errno;
  std::string header =
      absl::StrCat("$ ", RenderCommandLine(command.argv), "\n");
  const char* data = header.data();
  size_t left = header.size();
  while (left > 0) {
    ssize_t written = write(fd, data, left);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      int error = written < 0 ? errno : EIO;
      close(fd);
      return error;
    }
    data += written;
    left -= static_cast<size_t>(written);
  }
  close(fd);
  return 0;
}

// Starts one command; returns 0 and sets *pid, or an errno.
int Spawn(const LoggedCommand& command, pid_t* pid) {
  if (command.argv.empty()) return EINVAL;
  if (int error = StartLog(command); error != 0) return error;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, command.log_path.c_str(),
                                   O_WRONLY | O_APPEND, 0);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  std::vector<char*> argv;
  for (const std::string& arg : command.argv) {
    argv.push_back(const_cast<char*>(arg.c_str()));
  }
  argv.push_back(nullptr);
  int error =
      posix_spawnp(pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return error;
}

}  // namespace

std::string RenderCommandLine(const std::vector<std::string>& argv) {
  std::string line;
  for (const std::string& arg : argv) {
    if (!line.empty()) line += ' ';
    if (IsPlainShellWord(arg)) {
      line += arg;
      continue;
    }
    line += '\'';
    for (char c : arg) {
      if (c == '\'') {
        line += "'\\''";
      } else {
        line += c;
      }
    }
    line += '\'';
  }
  return line;
}

std::string CommandOutcome::Describe() const {
  switch (state) {
    case State::kNotRun:
      return "was not run";
    case State::kStartFailed:
      return absl::StrCat("could not be started (", std::strerror(error), ")");
    case State::kExited:
      return absl::StrCat("exited with status ", exit_status);
    case State::kSignaled:
      return absl::StrCat("was killed by signal ", signal, " (",
                          strsignal(signal), ")");
  }
  return "";
}

std::vector<CommandOutcome> RunLoggedCommands(
    const std::vector<LoggedCommand>& commands, int jobs) {
  if (jobs < 1) jobs = 1;
  std::vector<CommandOutcome> outcomes(commands.size());
  std::map<pid_t, size_t> running;
  size_t next = 0;
  bool failed = false;
  while (true) {
    while (!failed && next < commands.size() &&
           running.size() < static_cast<size_t>(jobs)) {
      pid_t pid = 0;
      if (int error = Spawn(commands[next], &pid); error != 0) {
        outcomes[next].state = CommandOutcome::State::kStartFailed;
        outcomes[next].error = error;
        failed = true;
      } else {
        running[pid] = next;
      }
      ++next;
    }
    if (running.empty()) break;
    int status = 0;
    pid_t pid = waitpid(-1, &status, 0);
    if (pid < 0) {
      if (errno == EINTR) continue;
      // No children left that we know of (should not happen): give up on
      // the ones still listed rather than wait forever.
      for (const auto& [lost_pid, index] : running) {
        outcomes[index].state = CommandOutcome::State::kStartFailed;
        outcomes[index].error = ECHILD;
      }
      break;
    }
    auto found = running.find(pid);
    if (found == running.end()) continue;  // not one of ours
    // Without WUNTRACED, waitpid reports only children that have ended.
    CommandOutcome& outcome = outcomes[found->second];
    running.erase(found);
    if (WIFSIGNALED(status)) {
      outcome.state = CommandOutcome::State::kSignaled;
      outcome.signal = WTERMSIG(status);
    } else {
      outcome.state = CommandOutcome::State::kExited;
      outcome.exit_status = WEXITSTATUS(status);
    }
    if (!outcome.Succeeded()) failed = true;
  }
  return outcomes;
}

}  // namespace nuitka_cc
