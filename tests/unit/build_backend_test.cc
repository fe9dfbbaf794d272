// The build backend on hand-written programs (a main.c that embeds Python),
// against an empty runtime archive: what it writes, how it reports a
// failing compiler or linker, and that a failed build leaves no APP.bin.
#include "nuitka_cc/driver/build_backend.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"

namespace nuitka_cc {
namespace {

constexpr const char* kMainC = R"C(#include <Python.h>
#include "answer.h"

int main(void) {
  Py_Initialize();
  int status = PyRun_SimpleString("print('hi', 6 * 7)");
  if (Py_FinalizeEx() < 0) return 120;
  return status == 0 ? ANSWER_STATUS : 1;
}
)C";

class BuildBackendTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char dir[] = "/tmp/nuitka_cc_backend_XXXXXX";
    ASSERT_NE(mkdtemp(dir), nullptr);
    dir_ = dir;
    // A stand-in runtime: a header the C includes and an empty archive.
    ASSERT_EQ(mkdir((dir_ + "/include").c_str(), 0755), 0);
    Write(dir_ + "/include/answer.h", "#define ANSWER_STATUS 0\n");
    Write(dir_ + "/libruntime.a", "!<arch>\n");
    options_.source_path = "/somewhere/app.py";
    options_.output_dir = dir_ + "/out";
    options_.runtime.include_dir = dir_ + "/include";
    options_.runtime.archive = dir_ + "/libruntime.a";
    program_.files = {
        {"module.__main__.c", "int module_value(void) { return 7; }\n"},
        {"main.c", kMainC}};
    program_.report = "__main__: <module>: compiled\n";
  }
  void TearDown() override {
    std::string command = "rm -rf '" + dir_ + "'";
    ASSERT_EQ(std::system(command.c_str()), 0);
  }

  static void Write(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
  }
  static std::string Read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }
  static bool Exists(const std::string& path) {
    return access(path.c_str(), F_OK) == 0;
  }
  std::string Out(const std::string& name) { return dir_ + "/out/" + name; }
  // Runs a command, returns its exit status and stdout.
  static int Run(const std::string& command, std::string* output) {
    FILE* pipe = popen(command.c_str(), "r");
    char buffer[256];
    size_t got;
    while ((got = fread(buffer, 1, sizeof(buffer), pipe)) > 0) {
      output->append(buffer, got);
    }
    int status = pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  std::string dir_;
  BuildOptions options_;
  GeneratedProgram program_;
};

TEST_F(BuildBackendTest, BuildsAndLinks) {
  options_.jobs = 2;
  absl::StatusOr<ExecutableBuild> built = BuildExecutable(program_, options_);
  ASSERT_TRUE(built.ok()) << built.status();
  EXPECT_EQ(built->build_dir, Out("app.build"));
  EXPECT_EQ(built->executable, Out("app.bin"));
  EXPECT_EQ(Read(Out("app.build/main.c")), kMainC);
  EXPECT_EQ(Read(Out("app.build/report.txt")), program_.report);
  EXPECT_TRUE(Exists(Out("app.build/main.o")));
  EXPECT_TRUE(Exists(Out("app.build/module.__main__.o")));
  EXPECT_EQ(Read(Out("app.build/main.c.log")).rfind("$ ", 0), 0u);
  EXPECT_TRUE(Exists(Out("app.build/link.log")));
  std::string output;
  EXPECT_EQ(Run(Out("app.bin"), &output), 0);
  EXPECT_EQ(output, "hi 42\n");
}

TEST_F(BuildBackendTest, GccToo) {
  options_.cc = "gcc";
  absl::StatusOr<ExecutableBuild> built = BuildExecutable(program_, options_);
  ASSERT_TRUE(built.ok()) << built.status();
  std::string output;
  EXPECT_EQ(Run(Out("app.bin"), &output), 0);
  EXPECT_EQ(output, "hi 42\n");
}

TEST_F(BuildBackendTest, GenerateCOnlyWritesNoObjects) {
  options_.generate_c_only = true;
  options_.cc = "no-such-compiler";  // not needed
  options_.runtime = RuntimeFiles{};
  absl::StatusOr<ExecutableBuild> built = BuildExecutable(program_, options_);
  ASSERT_TRUE(built.ok()) << built.status();
  EXPECT_EQ(built->executable, "");
  EXPECT_TRUE(Exists(Out("app.build/main.c")));
  EXPECT_TRUE(Exists(Out("app.build/report.txt")));
  EXPECT_FALSE(Exists(Out("app.build/main.o")));
  EXPECT_FALSE(Exists(Out("app.bin")));
}

TEST_F(BuildBackendTest, CompileErrorNamesTheLogAndRemovesTheOldBinary) {
  ASSERT_TRUE(BuildExecutable(program_, options_).ok());
  ASSERT_TRUE(Exists(Out("app.bin")));
  program_.files[0].contents = "int broken = ;\n";
  absl::StatusOr<ExecutableBuild> built = BuildExecutable(program_, options_);
  ASSERT_FALSE(built.ok());
  std::string message(built.status().message());
  std::string expected = "the C compiler failed on " +
                         Out("app.build/module.__main__.c") + "; see " +
                         Out("app.build/module.__main__.c.log");
  EXPECT_EQ(message.substr(0, expected.size()), expected) << message;
  EXPECT_NE(message.find("error"), std::string::npos) << message;
  EXPECT_FALSE(Exists(Out("app.bin")));
  EXPECT_FALSE(Exists(Out("app.build/link.log")));
}

TEST_F(BuildBackendTest, LinkErrorNamesTheLogAndLeavesNoBinary) {
  program_.files[0].contents =
      "int missing_function(void);\n"
      "int module_value(void) { return missing_function(); }\n";
  absl::StatusOr<ExecutableBuild> built = BuildExecutable(program_, options_);
  ASSERT_FALSE(built.ok());
  std::string message(built.status().message());
  EXPECT_EQ(message.rfind("linking " + Out("app.bin") + " failed; see " +
                              Out("app.build/link.log"),
                          0),
            0u)
      << message;
  EXPECT_NE(message.find("missing_function"), std::string::npos);
  EXPECT_FALSE(Exists(Out("app.bin")));
  std::string listing;
  Run("ls -A '" + dir_ + "/out'", &listing);
  EXPECT_EQ(listing, "app.build\n");
}

TEST_F(BuildBackendTest, MissingCompilerIsNamed) {
  options_.cc = "no-such-compiler";
  absl::StatusOr<ExecutableBuild> built = BuildExecutable(program_, options_);
  ASSERT_FALSE(built.ok());
  EXPECT_NE(built.status().message().find("'no-such-compiler'"),
            std::string::npos);
  EXPECT_FALSE(Exists(Out("app.build")));
}

TEST_F(BuildBackendTest, StaleFilesAreRemoved) {
  program_.files.push_back({"old.c", "int old_value(void) { return 1; }\n"});
  ASSERT_TRUE(BuildExecutable(program_, options_).ok());
  ASSERT_TRUE(Exists(Out("app.build/old.o")));
  program_.files.pop_back();
  ASSERT_TRUE(BuildExecutable(program_, options_).ok());
  EXPECT_FALSE(Exists(Out("app.build/old.c")));
  EXPECT_FALSE(Exists(Out("app.build/old.o")));
  EXPECT_FALSE(Exists(Out("app.build/old.c.log")));
}

TEST_F(BuildBackendTest, BadFileNamesAreRefused) {
  program_.files.push_back({"../escape.c", ""});
  EXPECT_FALSE(BuildExecutable(program_, options_).ok());
  EXPECT_FALSE(Exists(dir_ + "/escape.c"));
}

TEST(AppNameTest, StemOfTheSource) {
  EXPECT_EQ(AppName("/a/b/app.py"), "app");
  EXPECT_EQ(AppName("prog"), "prog");
  EXPECT_EQ(AppName("x.y.py"), "x.y");
}

}  // namespace
}  // namespace nuitka_cc
