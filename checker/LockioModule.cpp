//===- LockioModule.cpp - Registers the lockio checks with clang-tidy -----===//

#include "BlockingCallUnderLockCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace lockio {
namespace {

/// The lockio module: checks for locks held across blocking calls.
class LockioModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(
      clang::tidy::ClangTidyCheckFactories &CheckFactories) override {
    CheckFactories.registerCheck<BlockingCallUnderLockCheck>(
        "lockio-blocking-call-under-lock");
  }
};

} // namespace
} // namespace lockio

static clang::tidy::ClangTidyModuleRegistry::Add<lockio::LockioModule>
    Registration("lockio-module",
                 "Adds checks for locks held during blocking calls.");
