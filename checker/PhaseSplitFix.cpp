//===- PhaseSplitFix.cpp - Release a lock around the blocking statements --===//

#include "PhaseSplitFix.h"
#include "AstHelpers.h"
#include "NameList.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/StmtCXX.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringSwitch.h"

using namespace clang;

namespace lockio {

namespace {

/// How to release and retake a lock with plain calls.
struct ReleaseCalls {
  std::string Unlock;
  std::string Relock;
};

/// The unlock and relock functions that undo and redo the C lock call
/// \p Name, if it is one.
std::optional<std::pair<llvm::StringRef, llvm::StringRef>>
cLockCounterparts(llvm::StringRef Name) {
  using Pair = std::pair<llvm::StringRef, llvm::StringRef>;
  return llvm::StringSwitch<std::optional<Pair>>(Name)
      .Cases("pthread_mutex_lock", "pthread_mutex_trylock",
             "pthread_mutex_timedlock",
             Pair("pthread_mutex_unlock", "pthread_mutex_lock"))
      .Cases("pthread_rwlock_rdlock", "pthread_rwlock_tryrdlock",
             "pthread_rwlock_timedrdlock",
             Pair("pthread_rwlock_unlock", "pthread_rwlock_rdlock"))
      .Cases("pthread_rwlock_wrlock", "pthread_rwlock_trywrlock",
             "pthread_rwlock_timedwrlock",
             Pair("pthread_rwlock_unlock", "pthread_rwlock_wrlock"))
      .Cases("pthread_spin_lock", "pthread_spin_trylock",
             Pair("pthread_spin_unlock", "pthread_spin_lock"))
      .Cases("mtx_lock", "mtx_trylock", "mtx_timedlock",
             Pair("mtx_unlock", "mtx_lock"))
      .Default(std::nullopt);
}

/// The member functions that undo and redo the member lock call \p Name.
std::optional<std::pair<llvm::StringRef, llvm::StringRef>>
memberCounterparts(llvm::StringRef Name) {
  using Pair = std::pair<llvm::StringRef, llvm::StringRef>;
  return llvm::StringSwitch<std::optional<Pair>>(Name)
      .Cases("lock", "try_lock", "try_lock_for", "try_lock_until",
             Pair("unlock", "lock"))
      .Cases("lock_shared", "try_lock_shared", "try_lock_shared_for",
             "try_lock_shared_until", Pair("unlock_shared", "lock_shared"))
      .Cases("Lock", "TryLock", Pair("Unlock", "Lock"))
      .Default(std::nullopt);
}

/// The calls that release and retake the lock \p Acquisition took.
std::optional<ReleaseCalls> releaseCallsFor(const CallExpr *Acquisition,
                                            const ASTContext &Ctx) {
  const FunctionDecl *Callee = Acquisition->getDirectCallee();
  if (!Callee || !Callee->getIdentifier())
    return std::nullopt;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Acquisition)) {
    const auto *ME = dyn_cast<MemberExpr>(Member->getCallee()->IgnoreParens());
    auto Names = memberCounterparts(Callee->getName());
    if (!ME || ME->isImplicitAccess() || !Names)
      return std::nullopt;
    // With a smart pointer the base is the call of its `operator->`, whose
    // text ends with the arrow; the object is what it is called on.
    const Expr *Base = ME->getBase()->IgnoreParenImpCasts();
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Base))
      if (Op->getOperator() == OO_Arrow && Op->getNumArgs() == 1)
        Base = Op->getArg(0);
    std::string Object = sourceText(Base, Ctx);
    std::string Access = ME->isArrow() ? "->" : ".";
    return ReleaseCalls{Object + Access + Names->first.str() + "();",
                        Object + Access + Names->second.str() + "();"};
  }
  auto Names = cLockCounterparts(Callee->getName());
  if (!Names || Acquisition->getNumArgs() != 1)
    return std::nullopt;
  std::string Arg = sourceText(Acquisition->getArg(0), Ctx);
  return ReleaseCalls{Names->first.str() + "(" + Arg + ");",
                      Names->second.str() + "(" + Arg + ");"};
}

/// Whether \p Child is the condition that \p Parent branches or loops on.
bool isConditionOf(const Stmt *Parent, const Stmt *Child) {
  if (const auto *If = dyn_cast<IfStmt>(Parent))
    return If->getCond() == Child || If->getConditionVariableDeclStmt() == Child;
  if (const auto *While = dyn_cast<WhileStmt>(Parent))
    return While->getCond() == Child ||
           While->getConditionVariableDeclStmt() == Child;
  if (const auto *For = dyn_cast<ForStmt>(Parent))
    return For->getCond() == Child || For->getInc() == Child ||
           For->getConditionVariableDeclStmt() == Child;
  if (const auto *Do = dyn_cast<DoStmt>(Parent))
    return Do->getCond() == Child;
  if (const auto *Switch = dyn_cast<SwitchStmt>(Parent))
    return Switch->getCond() == Child;
  return false;
}

/// Whether a jump in \p S can leave it, other than by `return`: a `goto`, or
/// a `break` or `continue` that is not inside a loop or switch of \p S.
bool mayJumpOut(const Stmt *S, bool InsideLoop = false) {
  // A lambda's body jumps only within itself.
  if (!S || isa<LambdaExpr>(S))
    return false;
  if (isa<GotoStmt, IndirectGotoStmt>(S))
    return true;
  if (!InsideLoop && isa<BreakStmt, ContinueStmt>(S))
    return true;
  bool Loop = InsideLoop || isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt,
                                SwitchStmt>(S);
  for (const Stmt *Child : S->children())
    if (mayJumpOut(Child, Loop))
      return true;
  return false;
}

bool containsReturn(const Stmt *S) {
  if (!S || isa<LambdaExpr>(S))
    return false;
  if (isa<ReturnStmt>(S))
    return true;
  for (const Stmt *Child : S->children())
    if (containsReturn(Child))
      return true;
  return false;
}

bool contains(const Stmt *Outer, const Stmt *Inner) {
  bool Found = false;
  forEachDescendant(Outer, [&](const Stmt *T) { Found |= T == Inner; });
  return Found;
}

} // namespace

PhaseSplitFixer::PhaseSplitFixer(const FunctionDecl &Function,
                                 const LockModel &Model,
                                 const LockSetAnalysis &Analysis,
                                 ASTContext &Ctx)
    : Function(Function), Model(Model), Analysis(Analysis), Ctx(Ctx) {
  forEachDescendant(Function.getBody(), [&](const Stmt *S) {
    for (const Stmt *Child : S->children())
      if (Child)
        Parents[Child] = S;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
        ++References[Var->getCanonicalDecl()];
  });
}

const Stmt *PhaseSplitFixer::parentOf(const Stmt *S) const {
  return Parents.lookup(S);
}

bool PhaseSplitFixer::changesLock(const Stmt *S, const std::string &Key,
                                  const HeldLock &Lock) const {
  bool Changes = false;
  forEachDescendant(S, [&](const Stmt *T) {
    if (const auto *Call = dyn_cast<CallExpr>(T)) {
      LockEvent Event = Model.classifyCall(Call, Ctx);
      // Asking a guard whether it owns its mutex changes nothing.
      if (Event.EventKind == LockEvent::None ||
          Event.EventKind == LockEvent::GuardOwns)
        return;
      if (Lock.Guard && Event.Guard == Lock.Guard)
        Changes = true;
      for (const MutexRef &Mutex : Event.Mutexes)
        Changes |= Mutex.Key == Key;
    } else if (const auto *Decl = dyn_cast<DeclStmt>(T)) {
      for (const clang::Decl *D : Decl->decls())
        if (const auto *Var = dyn_cast<VarDecl>(D))
          if (std::optional<GuardDecl> Guard = Model.classifyGuard(Var, Ctx))
            for (const MutexRef &Mutex : Guard->Mutexes)
              Changes |= Mutex.Key == Key;
    }
  });
  return Changes;
}

std::string PhaseSplitFixer::protectedUse(const Stmt *S,
                                          const std::string &Key,
                                          const HeldLock &Lock, bool &IsStore,
                                          const Expr *Call, bool &IsCall) const {
  IsCall = false;
  // A mutex that is a member protects the other members of its object.
  size_t Dot = Key.rfind('.');
  std::string OwnerKey = Dot == std::string::npos ? "" : Key.substr(0, Dot);

  auto UsesElsewhere = [&](const VarDecl *Var) {
    unsigned Inside = 0;
    forEachDescendant(S, [&](const Stmt *T) {
      if (const auto *Ref = dyn_cast<DeclRefExpr>(T))
        Inside += Ref->getDecl()->getCanonicalDecl() == Var->getCanonicalDecl();
    });
    return References.lookup(Var->getCanonicalDecl()) > Inside;
  };

  std::string Use;
  const Stmt *UseSite = nullptr;
  bool IsMethodCall = false;
  forEachDescendant(S, [&](const Stmt *T) {
    if (!Use.empty())
      return;
    if (const auto *Member = dyn_cast<MemberExpr>(T)) {
      if (OwnerKey.empty())
        return;
      std::optional<std::string> Base =
          Model.keyOf(Member->getBase(), Member->isArrow(), Ctx);
      if (!Base || *Base != OwnerKey)
        return;
      const ValueDecl *D = Member->getMemberDecl();
      if (const auto *Field = dyn_cast<FieldDecl>(D))
        if (Field->getType().isConstQualified())
          return;
      if (isa<CXXMethodDecl>(D))
        IsMethodCall = true;
      std::optional<std::string> Self =
          Model.keyOf(Member, /*ThroughPointer=*/false, Ctx);
      if (Self && *Self == Key)
        return;
      Use = D->getNameAsString();
      UseSite = Member;
      return;
    }
    if (const auto *Ref = dyn_cast<DeclRefExpr>(T)) {
      const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
      if (!Var)
        return;
      if (Var == Lock.Guard) {
        Use = Var->getNameAsString();
        UseSite = Ref;
        return;
      }
      if (!Var->hasGlobalStorage() || Var->getType().isConstQualified() ||
          Var->isConstexpr())
        return;
      std::optional<std::string> Self =
          Model.keyOf(Ref, /*ThroughPointer=*/false, Ctx);
      if (Self && *Self == Key)
        return;
      if (UsesElsewhere(Var)) {
        Use = Var->getNameAsString();
        UseSite = Ref;
      }
    }
  });
  if (Use.empty())
    return Use;
  IsStore = false;
  if (IsMethodCall) {
    IsCall = true;
    return Use;
  }

  // `state = fetch()`: the result flows straight into the protected state.
  for (const Stmt *T = UseSite; T && T != S; T = parentOf(T)) {
    const Stmt *Parent = parentOf(T);
    const Expr *LHS = nullptr, *RHS = nullptr;
    if (const auto *Assign = dyn_cast_or_null<BinaryOperator>(Parent)) {
      if (Assign->isAssignmentOp()) {
        LHS = Assign->getLHS();
        RHS = Assign->getRHS();
      }
    } else if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(Parent)) {
      if (Op->isAssignmentOp() && Op->getNumArgs() == 2) {
        LHS = Op->getArg(0);
        RHS = Op->getArg(1);
      }
    }
    if (LHS && T == LHS && contains(RHS, Call)) {
      IsStore = true;
      break;
    }
  }
  return Use;
}

PhaseSplit PhaseSplitFixer::fix(const Expr *Call, const std::string &Key,
                                const HeldLock &Lock, BlocksFn Blocks) {
  PhaseSplit Result;
  auto Refuse = [&](const llvm::Twine &Why) {
    Result.Reason = Why.str();
    return Result;
  };
  const SourceManager &SM = Ctx.getSourceManager();
  const std::string Quoted = "'" + Lock.Name + "'";

  if (Lock.Sites.size() != 1)
    return Refuse(Quoted + " is locked on more than one path");
  if (Lock.Depth > 1)
    return Refuse(Quoted + " is locked more than once");
  SourceRange BodyRange = Function.getBody()->getSourceRange();
  if (!SM.isPointWithin(Lock.Sites.front(), BodyRange.getBegin(),
                        BodyRange.getEnd()))
    return Refuse(Quoted + " was locked in another function");
  if (Call->getBeginLoc().isMacroID() || Call->getEndLoc().isMacroID())
    return Refuse("the call is inside a macro expansion");

  // The statement to move out of the lock: the call's nearest ancestor that
  // is a statement of a block.
  const Stmt *Child = Call;
  const Stmt *Parent = parentOf(Call);
  while (Parent && !isa<CompoundStmt>(Parent)) {
    if (isa<ReturnStmt>(Parent))
      return Refuse("the call is part of a return statement");
    if (isConditionOf(Parent, Child))
      return Refuse("the call is part of a condition");
    Child = Parent;
    Parent = parentOf(Parent);
  }
  if (!Parent)
    return Refuse("the call is not a statement of a block");
  const Stmt *S = Child;
  const auto *Block = cast<CompoundStmt>(Parent);
  for (const Stmt *T = S; T; T = parentOf(T)) {
    auto It = Covered.find(T);
    if (It != Covered.end()) {
      Result.CoveredBy = Offered[It->second];
      return Result;
    }
  }

  // How the lock can be released and retaken.
  std::string Unlock, Relock;
  std::optional<FixItHint> Conversion;
  if (const VarDecl *Guard = Lock.Guard) {
    if (Analysis.mutexesOf(Guard).size() > 1)
      return Refuse("'" + Guard->getName() + "' locks several mutexes");
    const auto *Record = Guard->getType()->getAsCXXRecordDecl();
    std::string Class = Record ? qualifiedName(Record) : "";
    bool Convert = Class == "::std::lock_guard" || Class == "::std::scoped_lock";
    if (!Convert && Class != "::std::unique_lock" &&
        Class != "::std::shared_lock" && Class != "::boost::unique_lock" &&
        Class != "::boost::shared_lock")
      return Refuse("'" + Guard->getName() + "' cannot release " + Quoted +
                    " before the end of its scope");
    Unlock = (Guard->getName() + ".unlock();").str();
    Relock = (Guard->getName() + ".lock();").str();
    if (Convert && !Converted.count(Guard)) {
      TypeLoc Type = Guard->getTypeSourceInfo()->getTypeLoc();
      // `const std::lock_guard<...> g(m)`: a const guard cannot unlock.
      if (Guard->getType().isConstQualified())
        return Refuse("'" + Guard->getName() + "' is const");
      if (auto Elaborated = Type.getAs<ElaboratedTypeLoc>())
        Type = Elaborated.getNamedTypeLoc();
      SourceLocation NameLoc;
      if (auto Spec = Type.getAs<TemplateSpecializationTypeLoc>())
        NameLoc = Spec.getTemplateNameLoc();
      else if (auto Deduced = Type.getAs<DeducedTemplateSpecializationTypeLoc>())
        NameLoc = Deduced.getTemplateNameLoc();
      if (NameLoc.isInvalid() || NameLoc.isMacroID())
        return Refuse("the type of '" + Guard->getName() +
                      "' is not spelled as a std::lock_guard or "
                      "std::scoped_lock");
      Conversion = FixItHint::CreateReplacement(
          CharSourceRange::getTokenRange(NameLoc, NameLoc), "unique_lock");
    }
  } else if (Lock.Acquisition && Lock.Acquisition->getBeginLoc().isMacroID()) {
    return Refuse(Quoted + " is locked inside a macro expansion");
  } else if (Lock.Acquisition) {
    std::optional<ReleaseCalls> Calls = releaseCallsFor(Lock.Acquisition, Ctx);
    if (!Calls)
      return Refuse("no call is known that releases " + Quoted + " and "
                    "takes it again");
    Unlock = std::move(Calls->Unlock);
    Relock = std::move(Calls->Relock);
  } else {
    return Refuse(Quoted + " is not held by a guard or a lock call in view");
  }

  // Whether statement T can run with the lock released, or else why not.
  auto Problem = [&](const Stmt *T) -> std::string {
    if (T->getBeginLoc().isMacroID() || T->getEndLoc().isMacroID())
      return "the statement is inside a macro expansion";
    if (changesLock(T, Key, Lock))
      return "the statement also takes or releases " + Quoted;
    if (mayJumpOut(T) || (!Lock.Guard && containsReturn(T)))
      return "the statement may leave the block while " + Quoted +
             " is released";
    if (Lock.Guard && contains(T, Lock.Guard->getInit()))
      return "the statement declares the guard";
    bool IsStore = false, IsCall = false;
    std::string Use = protectedUse(T, Key, Lock, IsStore, Call, IsCall);
    if (Use.empty())
      return "";
    if (IsCall)
      return "the statement calls '" + Use + "' on the object that holds " +
             Quoted;
    if (Lock.Guard && Use == Lock.Guard->getName())
      return "the statement uses the guard '" + Use + "'";
    if (IsStore)
      return "the call's result is stored in '" + Use + "', which " + Quoted +
             " may protect";
    return "the statement uses '" + Use + "', which " + Quoted +
           " may protect";
  };
  if (std::string Why = Problem(S); !Why.empty())
    return Refuse(Why);

  // A blocking call in a loop body: release the lock around the whole loop
  // when the loop itself can run unlocked.
  while (const Stmt *Loop = parentOf(Block)) {
    if (!isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(Loop))
      break;
    const auto *Outer = dyn_cast_or_null<CompoundStmt>(parentOf(Loop));
    if (!Outer || !Problem(Loop).empty() ||
        (Lock.Guard && contains(Loop, Lock.Guard->getInit())))
      break;
    S = Loop;
    Block = Outer;
  }

  // A loop that stays locked must not iterate over protected state while
  // its body runs with the lock released: its iterators would outlive the
  // lock. (A plain loop condition is fine: the body retakes the lock before
  // the condition is evaluated again.)
  for (const Stmt *T = parentOf(S); T; T = parentOf(T)) {
    if (SM.isPointWithin(Lock.Sites.front(), T->getBeginLoc(),
                         T->getEndLoc()))
      break;
    const Stmt *Part = nullptr;
    if (const auto *For = dyn_cast<ForStmt>(T))
      Part = For->getInit();
    else if (const auto *Range = dyn_cast<CXXForRangeStmt>(T))
      Part = Range->getRangeInit();
    if (!Part)
      continue;
    bool IsStore = false, IsCall = false;
    std::string Use = protectedUse(Part, Key, Lock, IsStore, Call, IsCall);
    if (!Use.empty())
      return Refuse("the statement is in a loop over '" + Use + "', which " +
                    Quoted + " may protect");
  }

  // Grow the run over neighbouring statements that also block.
  llvm::ArrayRef<Stmt *> Body(Block->body_begin(), Block->body_end());
  size_t First = llvm::find(Body, S) - Body.begin();
  size_t Last = First;
  auto Joins = [&](const Stmt *T) {
    // A statement that blocks in its condition is refused a fix of its own;
    // it does not join another's either.
    const Stmt *Condition = nullptr;
    if (const auto *If = dyn_cast<IfStmt>(T))
      Condition = If->getCond();
    else if (const auto *While = dyn_cast<WhileStmt>(T))
      Condition = While->getCond();
    else if (const auto *Switch = dyn_cast<SwitchStmt>(T))
      Condition = Switch->getCond();
    else if (const auto *Do = dyn_cast<DoStmt>(T))
      Condition = Do->getCond();
    else if (const auto *For = dyn_cast<ForStmt>(T))
      Condition = For->getCond();
    if (Condition && Blocks(Condition))
      return false;
    return !isa<ReturnStmt>(T) && Blocks(T) && Problem(T).empty();
  };
  while (First > 0 && Joins(Body[First - 1]))
    --First;
  while (Last + 1 < Body.size() && Joins(Body[Last + 1]))
    ++Last;

  // A local reference, pointer or iterator into protected state, taken
  // before the run and used after it, may dangle once other threads have
  // had the lock in between.
  SourceLocation RunBegin = Body[First]->getBeginLoc();
  SourceLocation RunEnd = Body[Last]->getEndLoc();
  std::string Dangling;
  forEachDescendant(Function.getBody(), [&](const Stmt *T) {
    const auto *Decl = dyn_cast<DeclStmt>(T);
    if (!Dangling.empty() || !Decl)
      return;
    for (const clang::Decl *D : Decl->decls()) {
      const auto *Var = dyn_cast<VarDecl>(D);
      if (!Var || !Var->hasLocalStorage() || !Var->getInit() ||
          !SM.isBeforeInTranslationUnit(Lock.Sites.front(),
                                        Var->getLocation()) ||
          !SM.isBeforeInTranslationUnit(Var->getLocation(), RunBegin))
        continue;
      QualType Type = Var->getType();
      const auto *Record = Type->getAsCXXRecordDecl();
      bool Refers = Type->isReferenceType() || Type->isPointerType() ||
                    (Record && Record->getIdentifier() &&
                     Record->getName().contains("iterator"));
      bool IsStore = false, IsCall = false;
      if (!Refers ||
          protectedUse(Var->getInit(), Key, Lock, IsStore, Call, IsCall)
              .empty())
        continue;
      forEachDescendant(Function.getBody(), [&](const Stmt *U) {
        if (const auto *Ref = dyn_cast<DeclRefExpr>(U))
          if (Ref->getDecl() == Var &&
              SM.isBeforeInTranslationUnit(RunEnd, Ref->getBeginLoc()))
            Dangling = Var->getNameAsString();
      });
      if (!Dangling.empty())
        break;
    }
  });
  if (!Dangling.empty())
    return Refuse("'" + Dangling + "' refers into state " + Quoted +
                  " may protect and is used after " + Quoted +
                  " is taken again");

  // The unlock goes on a line of its own before the run, above any comment
  // that introduces the run; the relock after it, after a trailing comment.
  llvm::StringRef Buffer = SM.getBufferData(SM.getFileID(
      SM.getExpansionLoc(Body[First]->getBeginLoc())));
  unsigned Begin = SM.getFileOffset(SM.getExpansionLoc(Body[First]->getBeginLoc()));
  // StringRef::rfind looks at the characters before the given offset.
  size_t NewLine = Buffer.rfind('\n', Begin);
  unsigned LineStart = NewLine == llvm::StringRef::npos ? 0 : NewLine + 1;
  llvm::StringRef Indent = Buffer.slice(LineStart, Begin);
  bool OwnLine = Indent.find_first_not_of(" \t") == llvm::StringRef::npos;

  SourceLocation FileStart = SM.getLocForStartOfFile(
      SM.getFileID(SM.getExpansionLoc(Body[First]->getBeginLoc())));
  if (OwnLine) {
    // Move above the comment lines directly before the statement.
    while (LineStart > 0) {
      unsigned PrevEnd = LineStart - 1;
      size_t PrevStart = Buffer.rfind('\n', PrevEnd);
      PrevStart = PrevStart == llvm::StringRef::npos ? 0 : PrevStart + 1;
      llvm::StringRef Line = Buffer.slice(PrevStart, PrevEnd).trim();
      if (!Line.starts_with("//"))
        break;
      LineStart = PrevStart;
    }
    Result.Hints.push_back(FixItHint::CreateInsertion(
        FileStart.getLocWithOffset(LineStart),
        (Indent + Unlock + "\n").str()));
  } else {
    Result.Hints.push_back(FixItHint::CreateInsertion(
        SM.getExpansionLoc(Body[First]->getBeginLoc()), Unlock + " "));
  }

  SourceLocation EndLoc = SM.getExpansionLoc(Body[Last]->getEndLoc());
  // An expression statement's range stops before its semicolon.
  if (!isa<DeclStmt, CompoundStmt>(Body[Last])) {
    std::optional<Token> Next =
        Lexer::findNextToken(EndLoc, SM, Ctx.getLangOpts());
    if (Next && Next->is(tok::semi))
      EndLoc = Next->getLocation();
  }
  unsigned End = SM.getFileOffset(
      Lexer::getLocForEndOfToken(EndLoc, 0, SM, Ctx.getLangOpts()));
  size_t LineEnd = Buffer.find('\n', End);
  if (LineEnd == llvm::StringRef::npos)
    LineEnd = Buffer.size();
  llvm::StringRef Rest = Buffer.slice(End, LineEnd).trim();
  if (OwnLine && (Rest.empty() || Rest.starts_with("//")))
    Result.Hints.push_back(FixItHint::CreateInsertion(
        FileStart.getLocWithOffset(LineEnd), ("\n" + Indent + Relock).str()));
  else
    Result.Hints.push_back(FixItHint::CreateInsertion(
        FileStart.getLocWithOffset(End), " " + Relock));

  if (Conversion) {
    Result.Hints.push_back(*Conversion);
    Converted.insert(Lock.Guard);
  }
  for (size_t I = First; I <= Last; ++I)
    Covered[Body[I]] = Offered.size();
  Offered.push_back(Call->getBeginLoc());
  return Result;
}

} // namespace lockio
