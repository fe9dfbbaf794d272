#include "nuitka_cc/driver/c_toolchain.h"

#include <string>

#include "gtest/gtest.h"
#include "nuitka_cc/driver/command_runner.h"

namespace nuitka_cc {
namespace {

TEST(CToolchainTest, FindsCompilersAndRejectsMissingOnes) {
  absl::StatusOr<CToolchain> gcc = FindCToolchain("gcc");
  ASSERT_TRUE(gcc.ok()) << gcc.status();
  EXPECT_EQ(gcc->compiler.front(), '/');
  absl::StatusOr<CToolchain> missing = FindCToolchain("no-such-cc-xyz");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("'no-such-cc-xyz' was not found"),
            std::string::npos);
  absl::StatusOr<CToolchain> bad_path = FindCToolchain("/nonexistent/cc");
  ASSERT_FALSE(bad_path.ok());
  EXPECT_NE(bad_path.status().message().find("'/nonexistent/cc'"),
            std::string::npos);
}

TEST(CToolchainTest, CommandLines) {
  CToolchain toolchain{"clang", "/usr/bin/clang", ""};
  CompileFlags flags;
  flags.include_dirs = {"/rt/include"};
  std::vector<std::string> compile =
      CompileCommand(toolchain, flags, "b/m.c", "b/m.o");
  EXPECT_EQ(RenderCommandLine(compile),
            "/usr/bin/clang -std=c11 -Wall -fwrapv -DNDEBUG -fno-pie -O2 "
            "-I/rt/include -I/usr/include/python3.11 -c b/m.c -o b/m.o");
  toolchain.ccache = "/usr/bin/ccache";
  EXPECT_EQ(CompileCommand(toolchain, flags, "b/m.c", "b/m.o").front(),
            "/usr/bin/ccache");
  // The linker is never run through ccache.
  EXPECT_EQ(RenderCommandLine(LinkCommand(toolchain, {"b/m.o"},
                                          {"/rt/libruntime.a"}, "m.bin")),
            "/usr/bin/clang -no-pie -o m.bin b/m.o -Wl,--export-dynamic "
            "/rt/libruntime.a "
            "/usr/lib/python3.11/config-3.11-x86_64-linux-gnu/libpython3.11.a "
            "-ldl -lm -lz -lexpat -lpthread -lutil");
  EXPECT_TRUE(IsValidOptimizationFlag("-O3"));
  EXPECT_FALSE(IsValidOptimizationFlag("-O9"));
  EXPECT_FALSE(IsValidOptimizationFlag("-fomit-frame-pointer"));
}

}  // namespace
}  // namespace nuitka_cc
