// Front end versus CPython's compile() over the standard library.
//
// Loads every .py file under /usr/lib/python3.11 that CPython compiles
// (sorted; files compile() rejects are left out), reads them all into memory,
// then times in the same process and run:
//
//   BM_FrontEnd:       our whole front end per file: parse, future features,
//                      symbol table, compile-stage checks, tree building with
//                      reformulations and variable resolution; tree freed.
//   BM_CPythonCompile: Py_CompileStringObject on the same bytes, which is
//                      what compile(source, path, "exec") does.
//
// Each runs over /0 all those files and /1 the subset our front end builds a
// tree for (while reformulations are placeholders, /0 stops early on many
// files). The ratios of the fastest repetition, front end / compile, in real
// and CPU time, are printed at the end; the target is 1.5 or less.
//
//   frontend_vs_compile [--root=/usr/lib/python3.11] [benchmark flags]
#include <pthread.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

#include "benchmark/benchmark.h"
#include "absl/strings/str_cat.h"
#include "nuitka_cc/base/embedded_python.h"
#include "nuitka_cc/tree/building.h"
#include "nuitka_cc/tree/parse_source.h"
#include "optimization/optimizer.h"

namespace nuitka_cc {
namespace {

constexpr size_t kFrontEndStackBytes = 256 << 20;

struct SourceFile {
  std::string path;
  std::string bytes;
  PyObject* filename = nullptr;  // for compile(), made once
};

struct Corpus {
  std::vector<SourceFile> all;    // CPython compiles these
  std::vector<SourceFile*> built; // ... and our front end builds them
  int64_t all_bytes = 0;
  int64_t built_bytes = 0;
  int front_end_failures = 0;
  int compile_rejects = 0;
};

Corpus* corpus = nullptr;
std::string root = "/usr/lib/python3.11";
int exit_status = 0;

std::vector<std::string> ListSources(const std::string& directory) {
  std::vector<std::string> paths;
  std::error_code error;
  for (auto it = std::filesystem::recursive_directory_iterator(
           directory, std::filesystem::directory_options::skip_permission_denied,
           error);
       !error && it != std::filesystem::recursive_directory_iterator();
       it.increment(error)) {
    const std::filesystem::path& path = it->path();
    if (path.extension() == ".py" && it->is_regular_file(error)) {
      paths.push_back(path.string());
    }
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

bool ReadFile(const std::string& path, std::string* bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *bytes = buffer.str();
  return true;
}

bool CPythonCompile(const SourceFile& file) {
  PyCompilerFlags flags = _PyCompilerFlags_INIT;
  PyObject* code = Py_CompileStringObject(file.bytes.c_str(), file.filename,
                                          Py_file_input, &flags, -1);
  if (code == nullptr) {
    PyErr_Clear();
    return false;
  }
  Py_DECREF(code);
  return true;
}

bool FrontEnd(const SourceFile& file, bool optimize = false) {
  ParseResult parse = ParseSourceBuffer(file.path, file.bytes, ParseLimits());
  if (parse.outcome != ParseOutcome::kOk) return false;
  BuildResult built = BuildModuleTree(*parse.parsed, "__main__");
  if (built.tree == nullptr) return false;
  if (optimize) OptimizeModule(*built.tree);
  return true;
}

void LoadCorpus() {
  corpus = new Corpus;
  for (const std::string& path : ListSources(root)) {
    SourceFile file;
    file.path = path;
    if (!ReadFile(path, &file.bytes)) continue;
    file.filename = PyUnicode_DecodeFSDefaultAndSize(path.data(), path.size());
    if (file.bytes.find('\0') != std::string::npos || !CPythonCompile(file)) {
      ++corpus->compile_rejects;
      Py_XDECREF(file.filename);
      continue;
    }
    corpus->all_bytes += file.bytes.size();
    corpus->all.push_back(std::move(file));
  }
  for (SourceFile& file : corpus->all) {
    if (FrontEnd(file)) {
      corpus->built.push_back(&file);
      corpus->built_bytes += file.bytes.size();
    } else {
      ++corpus->front_end_failures;
    }
  }
}

std::vector<const SourceFile*> Selection(int which) {
  std::vector<const SourceFile*> files;
  if (which == 0) {
    for (const SourceFile& file : corpus->all) files.push_back(&file);
  } else {
    files.assign(corpus->built.begin(), corpus->built.end());
  }
  return files;
}

void SetCounters(benchmark::State& state, int which, int failures) {
  int64_t bytes = which == 0 ? corpus->all_bytes : corpus->built_bytes;
  state.SetBytesProcessed(state.iterations() * bytes);
  state.counters["files"] = which == 0 ? corpus->all.size() : corpus->built.size();
  state.counters["failures"] = failures;
}

void BM_FrontEnd(benchmark::State& state) {
  std::vector<const SourceFile*> files = Selection(state.range(0));
  int failures = 0;
  for (auto _ : state) {
    failures = 0;
    for (const SourceFile* file : files) failures += !FrontEnd(*file);
  }
  SetCounters(state, state.range(0), failures);
}

// The front end and then the optimizer, as `nuitka-cc` runs them.
void BM_FrontEndOptimized(benchmark::State& state) {
  std::vector<const SourceFile*> files = Selection(state.range(0));
  int failures = 0;
  for (auto _ : state) {
    failures = 0;
    for (const SourceFile* file : files) failures += !FrontEnd(*file, true);
  }
  SetCounters(state, state.range(0), failures);
}

void BM_CPythonCompile(benchmark::State& state) {
  std::vector<const SourceFile*> files = Selection(state.range(0));
  int failures = 0;
  for (auto _ : state) {
    failures = 0;
    for (const SourceFile* file : files) failures += !CPythonCompile(*file);
  }
  SetCounters(state, state.range(0), failures);
}

BENCHMARK(BM_FrontEnd)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3);
BENCHMARK(BM_FrontEndOptimized)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3);
BENCHMARK(BM_CPythonCompile)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3);

// The console report, remembering the fastest repetition of each benchmark.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  RatioReporter()
      : ConsoleReporter(isatty(STDOUT_FILENO) ? OO_ColorTabular : OO_Tabular) {}

  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs) {
      if (run.run_type != Run::RT_Iteration || run.error_occurred) continue;
      std::string key = run.run_name.function_name + "/" + run.run_name.args;
      Keep(&fastest_real_, key, run.real_accumulated_time / run.iterations);
      Keep(&fastest_cpu_, key, run.cpu_accumulated_time / run.iterations);
    }
    ConsoleReporter::ReportRuns(runs);
  }

  void PrintRatios() const {
    for (const char* stage : {"FrontEnd", "FrontEndOptimized"}) {
    for (const char* which : {"0", "1"}) {
      std::string ours = absl::StrCat("BM_", stage, "/", which);
      std::string theirs = std::string("BM_CPythonCompile/") + which;
      if (!fastest_real_.contains(ours) || !fastest_real_.contains(theirs)) {
        continue;
      }
      std::printf(
          "ratio %s / compile() (%s): %.3f real time (%.1f ms vs "
          "%.1f ms), %.3f CPU time (%.1f ms vs %.1f ms)\n",
          stage[8] == '\0' ? "front end" : "front end + optimizer",
          which[0] == '0' ? "all files CPython compiles"
                          : "files our front end builds",
          fastest_real_.at(ours) / fastest_real_.at(theirs),
          fastest_real_.at(ours) * 1e3, fastest_real_.at(theirs) * 1e3,
          fastest_cpu_.at(ours) / fastest_cpu_.at(theirs),
          fastest_cpu_.at(ours) * 1e3, fastest_cpu_.at(theirs) * 1e3);
    }
    }
  }

 private:
  static void Keep(std::map<std::string, double>* fastest,
                   const std::string& key, double seconds) {
    auto it = fastest->find(key);
    if (it == fastest->end() || seconds < it->second) (*fastest)[key] = seconds;
  }

  // Of the repetitions, the fastest: the least disturbed by other load.
  std::map<std::string, double> fastest_real_;
  std::map<std::string, double> fastest_cpu_;
};

void* Run(void*) {
  if (absl::Status started = EmbeddedPython::Start(); !started.ok()) {
    std::cerr << "frontend_vs_compile: " << started.message() << "\n";
    exit_status = 2;
    return nullptr;
  }
  // Both sides would print the same SyntaxWarnings at every repetition.
  PyRun_SimpleString("import warnings; warnings.simplefilter('ignore')");
  LoadCorpus();
  std::printf(
      "corpus: %zu files (%lld bytes) CPython compiles under %s, %d left out "
      "as compile() rejects them; our front end builds %zu (%lld bytes), "
      "fails on %d\n",
      corpus->all.size(), static_cast<long long>(corpus->all_bytes),
      root.c_str(), corpus->compile_rejects, corpus->built.size(),
      static_cast<long long>(corpus->built_bytes), corpus->front_end_failures);
  std::fflush(stdout);
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.PrintRatios();
  benchmark::Shutdown();
  return nullptr;
}

}  // namespace
}  // namespace nuitka_cc

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  int kept = 1;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--root=", 7) == 0) {
      nuitka_cc::root = argv[i] + 7;
    } else {
      argv[kept++] = argv[i];
    }
  }
  argc = kept;
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, nuitka_cc::kFrontEndStackBytes);
  pthread_t thread;
  if (pthread_create(&thread, &attributes, nuitka_cc::Run, nullptr) != 0) {
    nuitka_cc::Run(nullptr);
  } else {
    pthread_join(thread, nullptr);
  }
  pthread_attr_destroy(&attributes);
  return nuitka_cc::exit_status;
}
