// os and os.path: the path conventions of the platform, and the path
// functions that only compute on their string arguments (not abspath,
// realpath, expanduser: those read the file system or the environment).
#include "optimization/module_friends/friend_definitions.h"

namespace nuitka_cc {
namespace {

void AddPathConstants(ModuleFriend& friend_) {
  friend_.AddConstants({"sep", "altsep", "extsep", "pathsep", "curdir", "pardir", "devnull",
                        "defpath"});
}

}  // namespace

void DefineOsFriend(ModuleFriend& friend_) {
  AddPathConstants(friend_);
  friend_.AddConstants({"linesep", "name", "SEEK_SET", "SEEK_CUR", "SEEK_END", "F_OK", "R_OK",
                        "W_OK", "X_OK"});
  friend_.AddSubmodule("path", "os.path");
  friend_.AddPureFunctions({"fspath"}, TypeShape::kUnknown);
}

void DefineOsPathFriend(ModuleFriend& friend_) {
  AddPathConstants(friend_);
  // str in, str out; bytes in, bytes out.
  friend_.AddPureFunctions({"join", "basename", "dirname", "normpath", "normcase",
                            "commonprefix", "commonpath"},
                           TypeShape::kUnknown);
  friend_.AddPureFunctions({"split", "splitext", "splitdrive"}, TypeShape::kTuple);
  friend_.AddPureFunctions({"isabs"}, TypeShape::kBool);
}

}  // namespace nuitka_cc
