#include "nuitka_cc/driver/options.h"

#include "absl/flags/flag.h"

ABSL_FLAG(std::string, dump_tree, "",
          "Write the node tree of FILE instead of compiling it, as xml, dot "
          "(Graphviz source) or svg (rendered by Graphviz); --dump-tree "
          "alone means xml.");
ABSL_FLAG(std::string, output, "",
          "Write the dump to this file instead of standard output.");
ABSL_FLAG(int64_t, max_source_bytes, 64 << 20,
          "Refuse source files larger than this many bytes.");
