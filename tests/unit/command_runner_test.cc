#include "nuitka_cc/driver/command_runner.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"

namespace nuitka_cc {
namespace {

class CommandRunnerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char dir[] = "/tmp/nuitka_cc_runner_XXXXXX";
    ASSERT_NE(mkdtemp(dir), nullptr);
    dir_ = dir;
  }
  void TearDown() override {
    std::string command = "rm -rf '" + dir_ + "'";
    ASSERT_EQ(std::system(command.c_str()), 0);
  }
  std::string Log(const std::string& name) { return dir_ + "/" + name; }
  static std::string Read(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }

  std::string dir_;
};

TEST_F(CommandRunnerTest, LogsCommandLineAndBothStreams) {
  std::vector<CommandOutcome> outcomes = RunLoggedCommands(
      {{{"/bin/sh", "-c", "echo out; echo err >&2"}, Log("a.log")}}, 1);
  ASSERT_EQ(outcomes.size(), 1u);
  EXPECT_TRUE(outcomes[0].Succeeded());
  EXPECT_EQ(Read(Log("a.log")),
            "$ /bin/sh -c 'echo out; echo err >&2'\nout\nerr\n");
}

TEST_F(CommandRunnerTest, ReportsExitStatusAndSignal) {
  std::vector<CommandOutcome> outcomes =
      RunLoggedCommands({{{"/bin/sh", "-c", "exit 3"}, Log("a.log")},
                         {{"/bin/sh", "-c", "kill -9 $$"}, Log("b.log")}},
                        2);
  EXPECT_EQ(outcomes[0].state, CommandOutcome::State::kExited);
  EXPECT_EQ(outcomes[0].exit_status, 3);
  EXPECT_EQ(outcomes[0].Describe(), "exited with status 3");
  EXPECT_EQ(outcomes[1].state, CommandOutcome::State::kSignaled);
  EXPECT_EQ(outcomes[1].signal, 9);
}

TEST_F(CommandRunnerTest, MissingProgramCannotStart) {
  std::vector<CommandOutcome> outcomes = RunLoggedCommands(
      {{{"/nonexistent/compiler", "-c", "x.c"}, Log("a.log")}}, 1);
  EXPECT_EQ(outcomes[0].state, CommandOutcome::State::kStartFailed);
  EXPECT_FALSE(outcomes[0].Succeeded());
}

TEST_F(CommandRunnerTest, StopsStartingAfterAFailure) {
  std::vector<CommandOutcome> outcomes =
      RunLoggedCommands({{{"/bin/sh", "-c", "exit 1"}, Log("a.log")},
                         {{"/bin/sh", "-c", "true"}, Log("b.log")}},
                        1);
  EXPECT_EQ(outcomes[0].exit_status, 1);
  EXPECT_EQ(outcomes[1].state, CommandOutcome::State::kNotRun);
  EXPECT_NE(access(Log("a.log").c_str(), F_OK), -1);
  EXPECT_EQ(access(Log("b.log").c_str(), F_OK), -1);
}

TEST_F(CommandRunnerTest, RunsJobsInParallel) {
  // Each of the two commands waits for the other's file: they only both
  // finish if they run at the same time.
  std::string a = dir_ + "/a", b = dir_ + "/b";
  auto script = [&](const std::string& mine, const std::string& theirs) {
    std::string text = "touch " + mine + "; ";
    text += "for i in $(seq 100); do [ -e " + theirs +
            " ] && exit 0; sleep 0.05; done; exit 1";
    return text;
  };
  std::vector<CommandOutcome> outcomes =
      RunLoggedCommands({{{"/bin/sh", "-c", script(a, b)}, Log("a.log")},
                         {{"/bin/sh", "-c", script(b, a)}, Log("b.log")}},
                        2);
  EXPECT_TRUE(outcomes[0].Succeeded());
  EXPECT_TRUE(outcomes[1].Succeeded());
}

}  // namespace
}  // namespace nuitka_cc
