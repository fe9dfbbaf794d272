// The version `nuitka-cc --version` prints.
#ifndef NUITKA_CC_DRIVER_VERSION_H_
#define NUITKA_CC_DRIVER_VERSION_H_

namespace nuitka_cc {

inline constexpr const char* kVersionText =
    "nuitka-cc 0.1.0 (for CPython 3.11)";

}  // namespace nuitka_cc

#endif  // NUITKA_CC_DRIVER_VERSION_H_
