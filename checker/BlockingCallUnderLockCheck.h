//===- BlockingCallUnderLockCheck.h - lockio-blocking-call-under-lock -*- C++ -*-//
//
// The check: for each function body, run the lock-set analysis and report
// every call that blocks, or calls a helper of the TU that blocks, while a
// lock is held.
//
//===----------------------------------------------------------------------===//

#ifndef LOCKIO_CHECKER_BLOCKINGCALLUNDERLOCKCHECK_H
#define LOCKIO_CHECKER_BLOCKINGCALLUNDERLOCKCHECK_H

#include "BlockingCatalogue.h"
#include "BlockingSummaries.h"
#include "LockModel.h"
#include "LockSetAnalysis.h"
#include "PhaseSplitFix.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/StringMap.h"
#include <memory>
#include <string>

namespace lockio {

/// Finds blocking calls (network, file, sleep, process, wait, database) made
/// while a mutex is held.
///
/// For the user-facing documentation see
/// docs/checks/blocking-call-under-lock.rst.
class BlockingCallUnderLockCheck : public clang::tidy::ClangTidyCheck {
public:
  BlockingCallUnderLockCheck(llvm::StringRef Name,
                             clang::tidy::ClangTidyContext *Context);

  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result)
      override;
  void onStartOfTranslationUnit() override;

private:
  NameList parseList(llvm::StringRef Option, llvm::StringRef Spec);
  CategorySet parseCategories(llvm::StringRef Spec);
  void diagnoseCall(const clang::Expr *Call, const LockSet &Held,
                    const LockSetAnalysis &Analysis, PhaseSplitFixer &Fixer,
                    clang::ASTContext &Ctx);
  void reportLocks(const LockSet &Held, const clang::SourceManager &SM);
  void offerFix(const clang::Expr *Call, const LockSet &Held,
                PhaseSplitFixer &Fixer, clang::ASTContext &Ctx);
  std::string serialisedTarget(const BlockingApi &Api, const LockSet &Held,
                               clang::ASTContext &Ctx);
  bool guardsOnlyIO(const std::string &MutexKey, clang::ASTContext &Ctx);
  bool blocksUnderLock(const clang::Stmt *S, clang::ASTContext &Ctx);

  // The options, as written, for storeOptions.
  const std::string BlockingFunctions;
  const std::string IgnoredFunctions;
  const std::string Categories;
  const std::string LockFunctions;
  const std::string UnlockFunctions;
  const std::string GuardTypes;
  const std::string IgnoredMutexes;
  const bool IgnoreSerialisedIO;

  /// The check's name, for naming options in configuration errors.
  const std::string CheckName;
  std::unique_ptr<BlockingCatalogue> Catalogue;
  std::unique_ptr<LockModel> Model;
  /// The function being analysed.
  const clang::FunctionDecl *CurrentFunction = nullptr;
  /// Per member mutex of the current function: whether the functions that
  /// use it touch no state of its class but the mutex and what they do I/O
  /// on, so that the lock serialises that I/O.
  llvm::StringMap<bool> OnlyIO;
  /// Summaries of the current translation unit's functions.
  std::unique_ptr<BlockingSummaries> Summaries;
};

} // namespace lockio

#endif // LOCKIO_CHECKER_BLOCKINGCALLUNDERLOCKCHECK_H
