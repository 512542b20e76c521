//===- BlockingCallUnderLockCheck.cpp - lockio-blocking-call-under-lock ---===//

#include "BlockingCallUnderLockCheck.h"
#include "AstHelpers.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace lockio {

BlockingCallUnderLockCheck::BlockingCallUnderLockCheck(
    llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      BlockingFunctions(Options.get("BlockingFunctions", "")),
      IgnoredFunctions(Options.get("IgnoredFunctions", "")),
      Categories(Options.get("Categories", defaultCategoriesSpec())),
      LockFunctions(Options.get("LockFunctions", "")),
      UnlockFunctions(Options.get("UnlockFunctions", "")),
      GuardTypes(Options.get("GuardTypes", "")),
      IgnoredMutexes(Options.get("IgnoredMutexes", "")),
      IgnoreSerialisedIO(Options.get("IgnoreSerialisedIO", false)),
      CheckName(Name.str()) {
  Catalogue = std::make_unique<BlockingCatalogue>(
      parseCategories(Categories),
      parseList("BlockingFunctions", BlockingFunctions),
      parseList("IgnoredFunctions", IgnoredFunctions));
  Model = std::make_unique<LockModel>(LockModelOptions{
      parseList("LockFunctions", LockFunctions),
      parseList("UnlockFunctions", UnlockFunctions),
      parseList("GuardTypes", GuardTypes),
      parseList("IgnoredMutexes", IgnoredMutexes)});
}

NameList BlockingCallUnderLockCheck::parseList(llvm::StringRef Option,
                                               llvm::StringRef Spec) {
  std::vector<std::string> Errors;
  NameList List(Spec, Errors);
  for (const std::string &Error : Errors)
    configurationDiag("invalid entry in option '%0.%1': %2",
                      DiagnosticIDs::Error)
        << CheckName << Option << Error;
  return List;
}

CategorySet BlockingCallUnderLockCheck::parseCategories(llvm::StringRef Spec) {
  CategorySet Set = 0;
  llvm::SmallVector<llvm::StringRef, 8> Names;
  Spec.split(Names, ';', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (llvm::StringRef Name : Names) {
    Name = Name.trim();
    if (Name.empty())
      continue;
    if (std::optional<BlockingCategory> Category = categoryByName(Name)) {
      Set |= categoryBit(*Category);
      continue;
    }
    configurationDiag("unknown category '%0' in option '%1.Categories'; "
                      "expected a list of: network, file, sleep, process, "
                      "wait, database, console",
                      DiagnosticIDs::Error)
        << Name << CheckName;
  }
  if (Set == 0)
    configurationDiag("option '%0.Categories' names no category; the check "
                      "only reports the functions of 'BlockingFunctions'")
        << CheckName;
  return Set;
}

void BlockingCallUnderLockCheck::storeOptions(
    tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "BlockingFunctions", BlockingFunctions);
  Options.store(Opts, "IgnoredFunctions", IgnoredFunctions);
  Options.store(Opts, "Categories", Categories);
  Options.store(Opts, "LockFunctions", LockFunctions);
  Options.store(Opts, "UnlockFunctions", UnlockFunctions);
  Options.store(Opts, "GuardTypes", GuardTypes);
  Options.store(Opts, "IgnoredMutexes", IgnoredMutexes);
  Options.store(Opts, "IgnoreSerialisedIO", IgnoreSerialisedIO);
}

void BlockingCallUnderLockCheck::registerMatchers(MatchFinder *Finder) {
  // One match per function body; lambdas' call operators are functions too.
  Finder->addMatcher(
      functionDecl(isDefinition(), unless(isExpansionInSystemHeader()))
          .bind("function"),
      this);
}

void BlockingCallUnderLockCheck::onStartOfTranslationUnit() {
  Summaries.reset();
}

/// The place that names \p Call best: the member function's name for
/// `obj.method()`, the start of anything else.
static SourceLocation callLocation(const Expr *Call) {
  return Call->getBeginLoc();
}

/// How messages name a function of the TU: lambdas by the variable they
/// were called through, anything else by its own name.
static std::string helperName(const FunctionDecl *Helper, const Expr *Call) {
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Helper))
    if (Method->getParent()->isLambda()) {
      if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
        if (const auto *Ref =
                dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts()))
          return Ref->getDecl()->getNameAsString();
      return "lambda";
    }
  return Helper->getNameAsString();
}

/// The held locks in a stable order: by the place each was last taken, then
/// by name. Keys hold addresses, so the map's own order may change between
/// runs.
static std::vector<const HeldLock *> sortedLocks(const LockSet &Held,
                                                 const SourceManager &SM) {
  std::vector<const HeldLock *> Locks;
  for (const auto &Entry : Held)
    Locks.push_back(&Entry.second);
  llvm::sort(Locks, [&](const HeldLock *A, const HeldLock *B) {
    SourceLocation SiteA = A->Sites.back(), SiteB = B->Sites.back();
    if (SiteA != SiteB)
      return SM.isBeforeInTranslationUnit(SiteA, SiteB);
    return A->Name < B->Name;
  });
  return Locks;
}

/// The lock a message names among \p Held: the one taken last (the first
/// by name among locks taken at one place).
static const HeldLock &primaryLock(const LockSet &Held,
                                   const SourceManager &SM) {
  std::vector<const HeldLock *> Locks = sortedLocks(Held, SM);
  const HeldLock *Primary = Locks.back();
  for (const HeldLock *Lock : Locks)
    if (Lock->Sites.back() == Primary->Sites.back())
      return *Lock;
  return *Primary;
}

void BlockingCallUnderLockCheck::reportLocks(const LockSet &Held,
                                             const SourceManager &SM) {
  for (const HeldLock *Lock : sortedLocks(Held, SM))
    for (SourceLocation Site : Lock->Sites)
      diag(Site, "'%0' is locked here", DiagnosticIDs::Note) << Lock->Name;
}

bool BlockingCallUnderLockCheck::blocksUnderLock(const Stmt *S,
                                                 ASTContext &Ctx) {
  bool Blocks = false;
  bool Waits = false;
  auto Visit = [&](const Stmt *T, auto &Self) -> void {
    if (!T || Waits)
      return;
    if (isa<CallExpr, CXXConstructExpr>(T)) {
      const auto *E = cast<Expr>(T);
      if (std::optional<BlockingApi> Api = Catalogue->classify(E, Ctx)) {
        // A wait that releases its lock must keep it held when it starts.
        Waits |= Api->ReleasedLock != nullptr;
        Blocks = true;
      } else if (!Catalogue->isKnownLibraryCall(E, Ctx)) {
        if (!Summaries)
          Summaries = std::make_unique<BlockingSummaries>(*Catalogue, *Model, Ctx);
        Blocks |= Summaries->mayBlockCall(E).second != nullptr;
      }
    }
    for (const Stmt *Child : T->children())
      Self(Child, Self);
  };
  Visit(S, Visit);
  return Blocks && !Waits;
}

void BlockingCallUnderLockCheck::offerFix(const Expr *Call,
                                          const LockSet &Held,
                                          PhaseSplitFixer &Fixer,
                                          ASTContext &Ctx) {
  if (Held.size() > 1) {
    diag(callLocation(Call), "no fix offered: several locks are held",
         DiagnosticIDs::Note);
    return;
  }
  const auto &[Key, Lock] = *Held.begin();
  PhaseSplit Split = Fixer.fix(Call, Key, Lock, [&](const Stmt *S) {
    return blocksUnderLock(S, Ctx);
  });
  if (Split.CoveredBy.isValid()) {
    diag(callLocation(Call),
         "the fix offered at line %0 also releases '%1' around this call",
         DiagnosticIDs::Note)
        << Ctx.getSourceManager().getPresumedLineNumber(Split.CoveredBy)
        << Lock.Name;
    return;
  }
  if (!Split.Reason.empty()) {
    diag(callLocation(Call), "no fix offered: %0", DiagnosticIDs::Note)
        << Split.Reason;
    return;
  }
  diag(callLocation(Call),
       "release '%0' during the blocking call; other threads may change what "
       "it protects before it is taken again",
       DiagnosticIDs::Note)
      << Lock.Name << Split.Hints;
}

/// The key of the stream, descriptor or socket \p Api operates on, looking
/// through a smart pointer: a member's pointee (`logger_->flush()`) belongs
/// to the object as much as the member does. Leading dereferences are
/// dropped, so that the key starts with its owner's.
static std::optional<std::string> targetKey(const BlockingApi &Api,
                                            const LockModel &Model,
                                            const ASTContext &Ctx,
                                            const Expr **Spelled = nullptr) {
  if (!Api.Target)
    return std::nullopt;
  const Expr *Target = Api.Target->IgnoreParenImpCasts();
  bool ThroughPointer = Target->getType()->isPointerType();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Target))
    if (Op->getOperator() == OO_Arrow && Op->getNumArgs() == 1) {
      Target = Op->getArg(0)->IgnoreParenImpCasts();
      ThroughPointer = false;
    }
  if (Spelled)
    *Spelled = Target;
  std::optional<std::string> Key = Model.keyOf(Target, ThroughPointer, Ctx);
  if (Key)
    Key = llvm::StringRef(*Key).ltrim('*').str();
  return Key;
}

bool BlockingCallUnderLockCheck::guardsOnlyIO(const std::string &MutexKey,
                                              ASTContext &Ctx) {
  auto [It, Inserted] = OnlyIO.try_emplace(MutexKey, true);
  if (!Inserted)
    return It->second;

  // The mutex's declaration: a data member, since the key has an owner.
  const FieldDecl *MutexField = nullptr;
  forEachDescendant(CurrentFunction->getBody(), [&](const Stmt *S) {
    if (const auto *Member = dyn_cast<MemberExpr>(S))
      if (!MutexField)
        if (std::optional<std::string> Key =
                Model->keyOf(Member, /*ThroughPointer=*/false, Ctx))
          if (*Key == MutexKey)
            MutexField = dyn_cast<FieldDecl>(Member->getMemberDecl());
  });
  // Without a use of the mutex in the body (a requires_capability
  // function, say), nothing shows what it guards: no claim is made.
  if (!MutexField) {
    OnlyIO[MutexKey] = false;
    return false;
  }

  // What the mutex protects is what the functions that use it touch: this
  // function and every method of its class that names it. The members those
  // functions do I/O on, or pass to I/O calls (a socket and its read
  // buffer), are the I/O's; any other data member is state, and then the
  // lock is the cache's, not the I/O's. Const and reference members never
  // change, and need no lock.
  llvm::SmallVector<const Stmt *, 8> Bodies{CurrentFunction->getBody()};
  if (const auto *Class = dyn_cast<CXXRecordDecl>(MutexField->getParent()))
    for (const CXXMethodDecl *Method : Class->methods()) {
      const FunctionDecl *Definition = nullptr;
      if (!Method->hasBody(Definition) || Definition == CurrentFunction)
        continue;
      bool NamesMutex = false;
      forEachDescendant(Definition->getBody(), [&](const Stmt *S) {
        if (const auto *Member = dyn_cast<MemberExpr>(S))
          NamesMutex |= Member->getMemberDecl() == MutexField;
      });
      if (NamesMutex)
        Bodies.push_back(Definition->getBody());
    }

  llvm::SmallPtrSet<const FieldDecl *, 8> IOFields, UsedFields;
  for (const Stmt *Body : Bodies)
    forEachDescendant(Body, [&](const Stmt *S) {
      if (const auto *Member = dyn_cast<MemberExpr>(S))
        if (const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl()))
          UsedFields.insert(Field);
      if (!isa<CallExpr, CXXConstructExpr>(S))
        return;
      std::optional<BlockingApi> Api = Catalogue->classify(cast<Expr>(S), Ctx);
      if (!Api || !Api->Target)
        return;
      // The target, and the buffers handed to the call, belong to the I/O;
      // a scalar handed to it (a count printed) is state all the same.
      forEachDescendant(S, [&](const Stmt *Inner) {
        if (const auto *Member = dyn_cast<MemberExpr>(Inner))
          if (const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl()))
            if (!Field->getType()->isScalarType() ||
                Member->IgnoreParenImpCasts() ==
                    Api->Target->IgnoreParenImpCasts())
              IOFields.insert(Field);
      });
    });

  for (const FieldDecl *Field : UsedFields) {
    if (Field == MutexField || IOFields.count(Field) ||
        Field->getType().isConstQualified() ||
        Field->getType()->isReferenceType() ||
        Field->getParent() != MutexField->getParent())
      continue;
    OnlyIO[MutexKey] = false;
    return false;
  }
  return true;
}

std::string BlockingCallUnderLockCheck::serialisedTarget(
    const BlockingApi &Api, const LockSet &Held, ASTContext &Ctx) {
  if (!Api.Target || Held.size() != 1)
    return "";
  // The mutex is a member: its object owns the mutex and the target alike.
  const std::string &MutexKey = Held.begin()->first;
  size_t Dot = MutexKey.rfind('.');
  if (Dot == std::string::npos)
    return "";
  std::string Owner = MutexKey.substr(0, Dot + 1);

  const Expr *Target = nullptr;
  std::optional<std::string> Key = targetKey(Api, *Model, Ctx, &Target);
  if (!Key || !llvm::StringRef(*Key).starts_with(Owner) ||
      !guardsOnlyIO(MutexKey, Ctx))
    return "";
  return sourceText(Target, Ctx);
}

void BlockingCallUnderLockCheck::diagnoseCall(const Expr *Call,
                                              const LockSet &Held,
                                              const LockSetAnalysis &Analysis,
                                              PhaseSplitFixer &Fixer,
                                              ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();

  if (std::optional<BlockingApi> Api = Catalogue->classify(Call, Ctx)) {
    // A wait on a condition variable releases the lock it is given.
    LockSet Remaining = Held;
    if (const Expr *Released = Api->ReleasedLock) {
      const Expr *Bare = Released->IgnoreParenImpCasts();
      const auto *Ref = dyn_cast<DeclRefExpr>(Bare);
      const auto *Guard = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
      if (Guard && Model->isGuardType(Guard->getType())) {
        for (const MutexRef &Mutex : Analysis.mutexesOf(Guard))
          Remaining.erase(Mutex.Key);
      } else if (std::optional<MutexRef> Mutex = Model->mutexRef(
                     Released, Released->getType()->isPointerType(), Ctx)) {
        Remaining.erase(Mutex->Key);
      }
    }
    if (Remaining.empty())
      return;

    const HeldLock &Lock = primaryLock(Remaining, SM);
    // A lock that guards the very stream or socket being written serialises
    // I/O on it: a different problem from the cache's, with another cure.
    std::string Serialised = serialisedTarget(*Api, Remaining, Ctx);
    if (!Serialised.empty() && IgnoreSerialisedIO)
      return;
    diag(callLocation(Call),
         "blocking call to '%0'%select{| on '%2'}1 while '%3' is "
         "locked%select{|; the lock serialises I/O on '%5'}4")
        << Api->Name << !Api->Object.empty() << Api->Object << Lock.Name
        << !Serialised.empty() << Serialised;
    reportLocks(Remaining, SM);
    if (!Serialised.empty()) {
      diag(callLocation(Call),
           "no fix offered: every thread that needs '%0' waits for this I/O; "
           "hand it to a writer thread or move it out of the lock",
           DiagnosticIDs::Note)
          << Lock.Name;
      return;
    }
    if (Api->ReleasedLock && Remaining.size() < Held.size()) {
      // Releasing the other lock around the wait and retaking it after
      // would take the two locks in the opposite order.
      diag(callLocation(Call),
           "no fix offered: retaking '%0' after the wait would reverse the "
           "order in which the locks are taken",
           DiagnosticIDs::Note)
          << Lock.Name;
      return;
    }
    offerFix(Call, Remaining, Fixer, Ctx);
    return;
  }
  if (Catalogue->isKnownLibraryCall(Call, Ctx))
    return;

  if (!Summaries)
    Summaries = std::make_unique<BlockingSummaries>(*Catalogue, *Model, Ctx);
  auto [Helper, Evidence] = Summaries->mayBlockCall(Call);
  if (!Evidence)
    return;

  // A guard handed to a helper that releases it wherever it blocks is not
  // held while the helper blocks.
  LockSet Remaining = Held;
  if (const auto *Direct = dyn_cast<CallExpr>(Call))
    if (Direct->getDirectCallee() == Helper ||
        (Direct->getDirectCallee() &&
         Direct->getDirectCallee()->getDefinition() == Helper)) {
      unsigned Shift = isa<CXXOperatorCallExpr>(Direct) &&
                               isa<CXXMethodDecl>(Helper)
                           ? 1
                           : 0;
      for (unsigned I = 0; I + Shift < Direct->getNumArgs(); ++I) {
        if (!Summaries->releasesGuardParameter(Helper, I))
          continue;
        const Expr *Arg = Direct->getArg(I + Shift)->IgnoreParenImpCasts();
        if (const auto *Ref = dyn_cast<DeclRefExpr>(Arg))
          if (const auto *Guard = dyn_cast<VarDecl>(Ref->getDecl()))
            for (const MutexRef &Mutex : Analysis.mutexesOf(Guard))
              Remaining.erase(Mutex.Key);
      }
    }
  if (Remaining.empty())
    return;

  const HeldLock &Lock = primaryLock(Remaining, SM);
  std::string Name = helperName(Helper, Call);
  diag(callLocation(Call), "call to '%0' may block while '%1' is locked")
      << Name << Lock.Name;
  reportLocks(Remaining, SM);
  // The fix must take every lock held at the call into account, the handed
  // over ones too: they are held when the helper returns.
  offerFix(Call, Held, Fixer, Ctx);

  // Walk the chain down to the blocking API. Each step's evidence was set
  // before the step that points to it, so the chain has no cycle; the bound
  // only keeps long chains readable.
  const FunctionDecl *Step = Helper;
  unsigned Depth = 0;
  for (; Evidence && Depth < 8; ++Depth) {
    std::string Callee =
        Evidence->Helper ? helperName(Evidence->Helper, Evidence->Call)
                         : Evidence->Api.Name;
    diag(callLocation(Evidence->Call), "'%0' may block: it calls '%1'",
         DiagnosticIDs::Note)
        << helperName(Step, Call) << Callee;
    if (!Evidence->Helper)
      break;
    Step = Evidence->Helper;
    Call = Evidence->Call;
    Evidence = Summaries->mayBlock(Step);
  }

  // A long chain is cut short; its end is still named.
  if (Evidence && Depth == 8)
    diag(callLocation(Evidence->Call),
         "the chain of calls goes on from here, down to '%0'",
         DiagnosticIDs::Note)
        << Evidence->Api.Name;

}

/// If \p Function is a lambda's call operator and the lambda is passed
/// straight to a call, that call.
static const CallExpr *lambdaRunner(const FunctionDecl *Function,
                                    ASTContext &Ctx) {
  const auto *Method = dyn_cast<CXXMethodDecl>(Function);
  if (!Method || !Method->getParent()->isLambda())
    return nullptr;
  // Only the runners the lock model knows (folly's withWLock and friends)
  // matter; a TU that never names one is spared the parent map.
  bool NamesRunner = false;
  for (llvm::StringRef Name : {"withWLock", "withRLock", "withLock",
                               "withULockPtr", "withWLockPtr", "withRLockPtr"})
    NamesRunner |= Ctx.Idents.find(Name) != Ctx.Idents.end();
  if (!NamesRunner)
    return nullptr;
  DynTypedNodeList Parents = Ctx.getParents(*Method->getParent());
  const Expr *Child = Parents.empty() ? nullptr : Parents[0].get<LambdaExpr>();
  // Up through the conversions and temporaries around the argument.
  for (unsigned Depth = 0; Child && Depth < 4; ++Depth) {
    DynTypedNodeList Up = Ctx.getParents(*Child);
    if (Up.empty())
      return nullptr;
    if (const auto *Call = Up[0].get<CallExpr>())
      return Call;
    Child = Up[0].get<Expr>();
  }
  return nullptr;
}

void BlockingCallUnderLockCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("function");
  ASTContext &Ctx = *Result.Context;
  if (!Function || Function->isDependentContext() ||
      Function->isInvalidDecl() || !Function->getBody())
    return;
  CurrentFunction = Function;
  OnlyIO.clear();
  const Stmt *Body = Function->getBody();

  // A function marked requires_capability(mu) runs with mu held.
  LockSet Entry;
  for (const auto *Requires : Function->specific_attrs<RequiresCapabilityAttr>())
    for (const Expr *Arg : Requires->args())
      if (std::optional<MutexRef> Mutex = Model->mutexRef(
              Arg, Arg->getType()->isPointerType(), Ctx)) {
        HeldLock &Held = Entry[Mutex->Key];
        Held.Name = Mutex->Name;
        Held.Sites.push_back(Requires->getLocation());
      }

  // A lambda given to a call that runs it under a lock (folly's
  // `sync.withWLock([&](auto &v) { ... })`) starts with that lock held.
  if (const CallExpr *Runner = lambdaRunner(Function, Ctx))
    if (std::optional<MutexRef> Mutex = Model->callbackLock(Runner, Ctx)) {
      HeldLock &Held = Entry[Mutex->Key];
      Held.Name = Mutex->Name;
      Held.Sites.push_back(Runner->getBeginLoc());
    }

  // Most functions take no lock; they need no CFG.
  if (Entry.empty() && !Model->mentionsLocks(Body, Ctx))
    return;

  std::unique_ptr<CFG> Cfg = buildLockCFG(Function, Ctx);
  if (!Cfg)
    return;

  LockSetAnalysis Analysis(*Model, Ctx);
  std::optional<PhaseSplitFixer> Fixer;
  llvm::SmallPtrSet<const Expr *, 8> Seen;
  Analysis.run(*Cfg, Entry, [&](const Expr *Call, const LockSet &Held) {
    if (Held.empty() || !Seen.insert(Call).second)
      return;
    if (!Fixer)
      Fixer.emplace(*Function, *Model, Analysis, Ctx);
    diagnoseCall(Call, Held, Analysis, *Fixer, Ctx);
  });
}

} // namespace lockio
