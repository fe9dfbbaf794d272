// Running external commands (the C compiler, the linker) with their output
// in log files, several at once.
//
//   std::vector<LoggedCommand> commands = {
//       {{"/usr/bin/clang", "-c", "a.c", "-o", "a.o"}, "build/a.c.log"}};
//   std::vector<CommandOutcome> outcomes = RunLoggedCommands(commands, 2);
//   if (!outcomes[0].Succeeded()) ... outcomes[0].Describe() ...
#ifndef NUITKA_CC_DRIVER_COMMAND_RUNNER_H_
#define NUITKA_CC_DRIVER_COMMAND_RUNNER_H_

#include <string>
#include <vector>

namespace nuitka_cc {

struct LoggedCommand {
  // argv[0] is the program: a path, or a name looked up on PATH.
  std::vector<std::string> argv;
  // Receives the command line (one line, starting with "$ "), then the
  // command's standard output and standard error. Standard input is
  // /dev/null.
  std::string log_path;
};

struct CommandOutcome {
  enum class State {
    kNotRun,       // an earlier command failed, so this one was not started
    kStartFailed,  // the log could not be written or the program not started
    kExited,
    kSignaled,
  };
  State state = State::kNotRun;
  int exit_status = 0;  // kExited
  int signal = 0;       // kSignaled
  int error = 0;        // kStartFailed: the errno

  bool Succeeded() const { return state == State::kExited && exit_status == 0; }
  // "exited with status 1", "was killed by signal 9 (Killed)", ...
  std::string Describe() const;
};

// Runs `commands`, at most `jobs` (at least 1) at a time, in order of
// starting. Once one fails, no further command is started; those already
// running are waited for. Returns one outcome per command, in order.
std::vector<CommandOutcome> RunLoggedCommands(
    const std::vector<LoggedCommand>& commands, int jobs);

// The shell-like rendering of argv written at the top of each log.
std::string RenderCommandLine(const std::vector<std::string>& argv);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_DRIVER_COMMAND_RUNNER_H_
