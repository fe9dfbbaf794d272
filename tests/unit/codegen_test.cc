// The code generator's pieces that stand alone: the position table of a
// real code object, the constants blob, the native/bytecode decisions and
// the determinism of the generated C.
#include <Python.h>

#include <string>

#include "codegen/code_generation.h"
#include "codegen/code_objects.h"
#include "codegen/constants_blob.h"
#include "gtest/gtest.h"
#include "tests/unit/tree_test_util.h"

namespace nuitka_cc {
namespace {

using testing::TreeFromSource;

// Writes `source` to a file and compiles it as CodeObjects does.
class CodeObjectsTest : public ::testing::Test {
 protected:
  std::unique_ptr<CodeObjects> Compile(const std::string& source) {
    EXPECT_TRUE(EmbeddedPython::Start().ok());
    char path[] = "/tmp/nuitka_cc_codegen_XXXXXX.py";
    int fd = mkstemps(path, 3);
    EXPECT_GE(fd, 0);
    EXPECT_EQ(write(fd, source.data(), source.size()), static_cast<ssize_t>(source.size()));
    close(fd);
    auto codes = CodeObjects::Compile(path);
    std::remove(path);
    EXPECT_TRUE(codes.ok()) << codes.status();
    return codes.ok() ? *std::move(codes) : nullptr;
  }
};

int IndexOf(const CodeObjectInfo& code, const std::string& opname, int nth = 0) {
  for (const InstructionPosition& p : code.instructions) {
    if (p.opname == opname && nth-- == 0) return p.index;
  }
  return -1;
}

TEST_F(CodeObjectsTest, ModuleAndNestedCodeObjectsDepthFirst) {
  auto codes = Compile("def f():\n    def g():\n        pass\nclass C:\n    x = [i for i in ()]\n");
  ASSERT_NE(codes, nullptr);
  std::vector<std::string> names;
  for (const auto& info : codes->all()) names.push_back(info->qualname);
  EXPECT_EQ(names, (std::vector<std::string>{"<module>", "f", "f.<locals>.g", "C",
                                             "C.<listcomp>"}));
  const CodeObjectInfo& f = *codes->all()[1];
  EXPECT_EQ(f.first_line, 1);
  EXPECT_EQ(f.LocalIndex("g"), 0);
}

TEST_F(CodeObjectsTest, ExactRangeFindsTheInstruction) {
  auto codes = Compile("x = a + b\nprint(x)\n");
  ASSERT_NE(codes, nullptr);
  const CodeObjectInfo& module = codes->module();
  // `a + b` is line 1, columns 4 to 9.
  SourceReference add{nullptr, 1, 4, 1, 9};
  EXPECT_EQ(module.InstructionFor(add, {"BINARY_OP"}), IndexOf(module, "BINARY_OP"));
  // The call `print(x)`: PRECALL and CALL share its range; PRECALL first.
  SourceReference call{nullptr, 2, 0, 2, 8};
  EXPECT_EQ(module.InstructionFor(call, {"PRECALL", "CALL"}), IndexOf(module, "PRECALL"));
  // `a` alone is the LOAD_NAME.
  SourceReference name{nullptr, 1, 4, 1, 5};
  EXPECT_EQ(module.InstructionFor(name, {"LOAD_NAME"}), IndexOf(module, "LOAD_NAME"));
}

TEST_F(CodeObjectsTest, ContainedRangeAndLineFallback) {
  auto codes = Compile("r = a < b < c\n");
  ASSERT_NE(codes, nullptr);
  const CodeObjectInfo& module = codes->module();
  // CPython gives both comparisons of a chain the whole chain's range.
  SourceReference first{nullptr, 1, 4, 1, 9};
  EXPECT_EQ(module.InstructionFor(first, {"COMPARE_OP"}), IndexOf(module, "COMPARE_OP"));
  // A range no instruction has or contains: the line's first instruction.
  SourceReference odd{nullptr, 1, 2, 1, 3};
  EXPECT_EQ(module.InstructionFor(odd, {"NOP"}), module.first_of_line.at(1));
  SourceReference nowhere{nullptr, 7, 0, 7, 1};
  EXPECT_EQ(module.InstructionFor(nowhere, {"NOP"}), -1);
}

TEST(ConstantsBlobTest, EqualConstantsShareAnEntryAndTypesStayApart) {
  ASSERT_TRUE(EmbeddedPython::Start().ok());
  ConstantsBlob blob;
  PyObject* one = PyLong_FromLong(1);
  PyObject* one_again = PyLong_FromLong(1);
  PyObject* one_float = PyFloat_FromDouble(1.0);
  PyObject* zero = PyFloat_FromDouble(0.0);
  PyObject* negative_zero = PyFloat_FromDouble(-0.0);
  int a = blob.Add(one);
  EXPECT_EQ(blob.Add(one_again), a);
  EXPECT_NE(blob.Add(one_float), a);
  EXPECT_NE(blob.Add(zero), blob.Add(negative_zero));
  EXPECT_NE(blob.Add(Py_True), a);
  // Builtins marshal cannot hold are named instead.
  EXPECT_GE(blob.Add(PyExc_StopIteration), 0);
  EXPECT_EQ(blob.AddString("name"), blob.AddString("name"));
  for (PyObject* o : {one, one_again, one_float, zero, negative_zero}) Py_DECREF(o);
}

TEST(ConstantsBlobTest, CStringLiteralEscapesWhatCIsPickyAbout) {
  std::string bytes("a\"b\\c?\?=\n\x01\xff", 11);
  EXPECT_EQ(ConstantsBlob::CStringLiteral(bytes, ""),
            "\"a\\042b\\134c\\077\\077=\\012\\001\\377\"");
}

TEST(GenerateProgramTest, DeterministicOutputAndReport) {
  const char* source =
      "import sys\n"
      "def f(a, *, b=2):\n"
      "    return [a + b for _ in range(2)]\n"
      "def g():\n"
      "    yield 1\n"
      "async def h():\n"
      "    pass\n"
      "class C:\n"
      "    def m(self):\n"
      "        return super().m\n"
      "print(f(1), set(g()), {1, 2}, frozenset({3}))\n";
  std::string first_c;
  std::string report;
  for (int round = 0; round < 2; ++round) {
    TreeFromSource tree(source);
    ASSERT_TRUE(tree.ok()) << tree.error();
    absl::StatusOr<GeneratedProgram> program =
        GenerateProgram(tree.tree(), tree.tree().filename(), GenerationOptions{});
    ASSERT_TRUE(program.ok()) << program.status();
    ASSERT_EQ(program->files.size(), 2u);
    EXPECT_EQ(program->files[1].name, "main.c");
    // The temporary file name differs between rounds; compare without it.
    std::string c = program->files[0].contents;
    // Join the blob's string literal pieces: the name may span two.
    for (size_t at; (at = c.find("\"\n    \"")) != std::string::npos;) c.erase(at, 7);
    for (size_t at; (at = c.find(tree.tree().filename())) != std::string::npos;) {
      c.replace(at, tree.tree().filename().size(), "SOURCE");
    }
    if (round == 0) {
      first_c = c;
      report = program->report;
    } else {
      EXPECT_EQ(c, first_c);
      EXPECT_EQ(program->report, report);
    }
  }
  EXPECT_EQ(report,
            "native <module>\n"
            "native f\n"
            "native f.<locals>.<listcomp>\n"
            "native g\n"
            "bytecode h UNSUPPORTED_NODE ExpressionMakeCoroutineObject line 6\n"
            "native C\n"
            "native C.m\n");
}

// The result of one operation, when it is the left operand of + - * /, is
// handed to that operation (which may compute a float into it) and not
// released after it; operands the code only borrows are never handed over.
TEST(GenerateProgramTest, TemporaryLeftOperandIsHandedToTheOperation) {
  TreeFromSource tree("def f(x, y, z):\n    return x * y + z\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  absl::StatusOr<GeneratedProgram> program =
      GenerateProgram(tree.tree(), tree.tree().filename(), GenerationOptions{});
  ASSERT_TRUE(program.ok()) << program.status();
  const std::string& c = program->files[0].contents;
  size_t product = c.find("tmp_binary_1 = BINARY_OPERATION_MULT_OBJECT_OBJECT(tmp_local_");
  size_t sum = c.find("tmp_binary_2 = BINARY_OPERATION_ADD_TEMP_OBJECT(tmp_binary_1, tmp_local_");
  ASSERT_NE(product, std::string::npos) << c;
  ASSERT_NE(sum, std::string::npos) << c;
  EXPECT_LT(product, sum);
  EXPECT_EQ(c.find("Py_DECREF(tmp_binary_1)"), std::string::npos) << c;
  EXPECT_EQ(c.find("_TEMP_OBJECT(tmp_local_"), std::string::npos) << c;
}

TEST(GenerateProgramTest, NoFallbackNamesTheConstruct) {
  TreeFromSource tree("x = 1\nasync def g():\n    return x\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  GenerationOptions options;
  options.no_fallback = true;
  absl::StatusOr<GeneratedProgram> program =
      GenerateProgram(tree.tree(), tree.tree().filename(), options);
  ASSERT_FALSE(program.ok());
  EXPECT_NE(std::string(program.status().message())
                .find(":2: ExpressionMakeCoroutineObject: not compiled natively"),
            std::string::npos)
      << program.status();
}

}  // namespace
}  // namespace nuitka_cc
