//===- PhaseSplitFix.h - Release a lock around the blocking statements -*- C++ -*-//
//
// The fix for a blocking call under a lock splits the locked code into three
// phases: lock and check; unlock and fetch; relock and store. In source terms
// that is an unlock inserted before the run of blocking statements and a
// relock after it, with a std::lock_guard or single-mutex std::scoped_lock
// turned into a std::unique_lock so that it can do both. The fix is offered
// only where the result is known to compile and the unlocked statements do
// not touch what the lock may protect; otherwise the reason is given.
//
//===----------------------------------------------------------------------===//

#ifndef LOCKIO_CHECKER_PHASESPLITFIX_H
#define LOCKIO_CHECKER_PHASESPLITFIX_H

#include "LockModel.h"
#include "LockSetAnalysis.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class CompoundStmt;
class Expr;
class FunctionDecl;
class Stmt;
} // namespace clang

namespace lockio {

/// The outcome of trying to fix one finding.
struct PhaseSplit {
  /// The edits, when a fix is offered.
  std::vector<clang::FixItHint> Hints;
  /// Why no fix is offered, when none is.
  std::string Reason;
  /// Where the finding whose fix also covers this one's statement was
  /// reported, when an earlier fix covers it (clang-tidy would refuse the
  /// same edits offered twice, so they are not repeated).
  clang::SourceLocation CoveredBy;
};

/// Builds phase-split fixes for the findings of one function.
class PhaseSplitFixer {
public:
  /// Whether a statement contains a call that blocks under the lock; used
  /// to grow the unlocked run over neighbouring blocking statements.
  using BlocksFn = llvm::function_ref<bool(const clang::Stmt *)>;

  PhaseSplitFixer(const clang::FunctionDecl &Function, const LockModel &Model,
                  const LockSetAnalysis &Analysis, clang::ASTContext &Ctx);

  /// The fix for blocking \p Call made while \p Lock (key \p Key) is held.
  PhaseSplit fix(const clang::Expr *Call, const std::string &Key,
                 const HeldLock &Lock, BlocksFn Blocks);

private:
  const clang::Stmt *parentOf(const clang::Stmt *S) const;
  std::string protectedUse(const clang::Stmt *S, const std::string &Key,
                           const HeldLock &Lock, bool &IsStore,
                           const clang::Expr *Call, bool &IsCall) const;
  bool changesLock(const clang::Stmt *S, const std::string &Key,
                   const HeldLock &Lock) const;

  const clang::FunctionDecl &Function;
  const LockModel &Model;
  const LockSetAnalysis &Analysis;
  clang::ASTContext &Ctx;
  /// Each statement of the body's parent, built once per function.
  llvm::DenseMap<const clang::Stmt *, const clang::Stmt *> Parents;
  /// Statements already inside an offered fix's unlocked run, with the index
  /// of that fix in Offered.
  llvm::DenseMap<const clang::Stmt *, unsigned> Covered;
  /// Where each fix offered so far in this function was reported.
  std::vector<clang::SourceLocation> Offered;
  /// How often each variable is named in the function's body.
  llvm::DenseMap<const clang::VarDecl *, unsigned> References;
  /// Guards whose declaration an earlier fix already turns into a
  /// std::unique_lock.
  llvm::SmallPtrSet<const clang::VarDecl *, 2> Converted;
};

} // namespace lockio

#endif // LOCKIO_CHECKER_PHASESPLITFIX_H
