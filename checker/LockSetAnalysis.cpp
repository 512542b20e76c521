//===- LockSetAnalysis.cpp - Which locks are held at each call ------------===//

#include "LockSetAnalysis.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/BitVector.h"
#include <deque>
#include <optional>

using namespace clang;

namespace lockio {

/// Adds the sites of \p From to \p Into, keeping source order and no
/// duplicates.
/// How many places a held lock remembers it was taken at.
static constexpr size_t MaxSites = 4;

static void mergeSites(llvm::SmallVectorImpl<SourceLocation> &Into,
                       llvm::ArrayRef<SourceLocation> From,
                       const SourceManager &SM) {
  size_t Before = Into.size();
  for (SourceLocation Site : From)
    if (!llvm::is_contained(Into, Site))
      Into.push_back(Site);
  if (Into.size() == Before)
    return;
  llvm::sort(Into, [&](SourceLocation A, SourceLocation B) {
    return SM.isBeforeInTranslationUnit(A, B);
  });
  // A lock retaken on many branches would otherwise carry one site per
  // branch into every state and every finding; the first few tell the
  // story (and more than one already rules out a fix).
  if (Into.size() > MaxSites)
    Into.resize(MaxSites);
}

std::unique_ptr<CFG> buildLockCFG(const FunctionDecl *Function,
                                  ASTContext &Ctx) {
  CFG::BuildOptions Options;
  Options.AddImplicitDtors = true;
  Options.AddTemporaryDtors = true;
  Options.AddInitializers = true;
  Options.AddCXXDefaultInitExprInCtors = true;
  Options.setAllAlwaysAdd();
  return CFG::buildCFG(Function, const_cast<Stmt *>(Function->getBody()),
                       &Ctx, Options);
}

bool joinMustHold(LockSet &State, const LockSet &Incoming,
                  const SourceManager &SM) {
  bool Changed = false;
  for (auto It = State.begin(); It != State.end();) {
    auto Other = Incoming.find(It->first);
    if (Other == Incoming.end()) {
      It = State.erase(It);
      Changed = true;
      continue;
    }
    size_t Before = It->second.Sites.size();
    mergeSites(It->second.Sites, Other->second.Sites, SM);
    Changed |= It->second.Sites.size() != Before;
    if (It->second.Acquisition != Other->second.Acquisition &&
        It->second.Acquisition) {
      It->second.Acquisition = nullptr;
      Changed = true;
    }
    // Held at least as often as on every path.
    if (Other->second.Depth < It->second.Depth) {
      It->second.Depth = Other->second.Depth;
      Changed = true;
    }
    ++It;
  }
  return Changed;
}

void LockSetAnalysis::assumeHeld(const VarDecl *Guard, const MutexRef &Mutex,
                                 LockSet &Entry) {
  GuardMutexes[Guard].push_back(Mutex);
  take(Mutex, Guard->getLocation(), Guard, nullptr, Entry);
}

llvm::ArrayRef<MutexRef>
LockSetAnalysis::mutexesOf(const VarDecl *Guard) const {
  auto It = GuardMutexes.find(canonicalGuard(Guard));
  if (It == GuardMutexes.end())
    return {};
  return It->second;
}

void LockSetAnalysis::take(const MutexRef &Mutex, SourceLocation Site,
                           const VarDecl *Guard, const CallExpr *Acquisition,
                           LockSet &State) {
  HeldLock &Held = State[Mutex.Key];
  // A recursive mutex taken twice stays held from its first site, until as
  // many releases.
  if (Held.Sites.empty()) {
    Held.Name = Mutex.Name;
    Held.Sites.push_back(Site);
    Held.Acquisition = Acquisition;
  } else if (Acquisition && !Guard && !Held.Guard) {
    Held.Depth = std::min(Held.Depth + 1, 16u);
  }
  // A guard variable initialised from a guard temporary takes its lock
  // over, and the notes point at the variable.
  if (Guard && Held.Temporary) {
    Held.Sites.assign(1, Site);
    Held.Temporary = false;
  }
  if (Guard)
    Held.Guard = Guard;
}

void LockSetAnalysis::releaseGuard(const VarDecl *Guard, LockSet &State) {
  for (auto It = State.begin(); It != State.end();) {
    if (It->second.Guard == Guard)
      It = State.erase(It);
    else
      ++It;
  }
}

void LockSetAnalysis::applyGuardDecl(const VarDecl *Var, LockSet &State) {
  std::optional<GuardDecl> Guard = Model.classifyGuard(Var, Ctx);
  if (!Guard)
    return;

  if (Guard->HoldMode == GuardDecl::Moves) {
    if (!Guard->Source)
      return;
    GuardMutexes[Var] = GuardMutexes.lookup(Guard->Source);
    for (auto &Entry : State)
      if (Entry.second.Guard == Guard->Source)
        Entry.second.Guard = Var;
    return;
  }

  GuardMutexes[Var] = Guard->Mutexes;
  if (Guard->HoldMode != GuardDecl::Locks &&
      Guard->HoldMode != GuardDecl::Adopts)
    return;
  for (const MutexRef &Mutex : Guard->Mutexes)
    take(Mutex, Var->getLocation(), Var, nullptr, State);
}

/// The guard variable that \p Arg moves from (`std::move(lk)`), if any.
static const VarDecl *movedFrom(const Expr *Arg) {
  Arg = Arg->IgnoreImplicit();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Arg))
    if (Construct->getNumArgs() == 1)
      Arg = Construct->getArg(0)->IgnoreImplicit();
  const auto *Move = dyn_cast<CallExpr>(Arg);
  if (!Move || !Move->isCallToStdMove() || Move->getNumArgs() != 1)
    return nullptr;
  const auto *Ref =
      dyn_cast<DeclRefExpr>(Move->getArg(0)->IgnoreParenImpCasts());
  return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
}

const VarDecl *LockSetAnalysis::canonicalGuard(const VarDecl *Var) const {
  // A local reference to a guard (`auto &r = lk;`) is that guard.
  for (unsigned Depth = 0; Var && Depth < 8; ++Depth) {
    if (!Var->getType()->isReferenceType() || !Var->hasLocalStorage() ||
        isa<ParmVarDecl>(Var) || !Var->getInit())
      return Var;
    const auto *Ref =
        dyn_cast<DeclRefExpr>(Var->getInit()->IgnoreParenImpCasts());
    const auto *Target = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!Target)
      return Var;
    Var = Target;
  }
  return Var;
}

void LockSetAnalysis::applyCall(const CallExpr *Call, LockSet &State) {
  LockEvent Event = Model.classifyCall(Call, Ctx);
  Event.Guard = canonicalGuard(Event.Guard);
  Event.Source = canonicalGuard(Event.Source);

  // `a.swap(b)` and `std::swap(a, b)` exchange what two guards own.
  if (const FunctionDecl *Callee = Call->getDirectCallee())
    if (Callee->getIdentifier() && Callee->getName() == "swap") {
      llvm::SmallVector<const VarDecl *, 2> Guards;
      auto AddGuard = [&](const Expr *E) {
        if (const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
          if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
            if (GuardMutexes.count(canonicalGuard(Var)))
              Guards.push_back(canonicalGuard(Var));
      };
      if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
        AddGuard(Member->getImplicitObjectArgument());
      for (const Expr *Arg : Call->arguments())
        AddGuard(Arg);
      if (Guards.size() == 2 && Guards[0] != Guards[1]) {
        std::swap(GuardMutexes[Guards[0]], GuardMutexes[Guards[1]]);
        for (auto &Entry : State) {
          if (Entry.second.Guard == Guards[0])
            Entry.second.Guard = Guards[1];
          else if (Entry.second.Guard == Guards[1])
            Entry.second.Guard = Guards[0];
        }
        return;
      }
    }

  // A guard moved into another function goes with its locks: whoever
  // received it releases them.
  if (Event.EventKind == LockEvent::None && !Call->isCallToStdMove())
    for (const Expr *Arg : Call->arguments())
      if (const VarDecl *Guard = movedFrom(Arg))
        if (GuardMutexes.count(Guard))
          releaseGuard(Guard, State);

  switch (Event.EventKind) {
  case LockEvent::None:
  case LockEvent::TryAcquire:
  case LockEvent::GuardTryLock:
  case LockEvent::GuardOwns:
    // A try-lock's outcome is known only on the edges of the branch that
    // tests it (see refineEdge).
    return;
  case LockEvent::Acquire:
    for (const MutexRef &Mutex : Event.Mutexes)
      take(Mutex, Call->getBeginLoc(), nullptr, Call, State);
    return;
  case LockEvent::Release:
    for (const MutexRef &Mutex : Event.Mutexes) {
      auto It = State.find(Mutex.Key);
      if (It != State.end() && It->second.Depth > 1)
        --It->second.Depth;
      else if (It != State.end())
        State.erase(It);
    }
    // `lk.release()->unlock()` unlocks the mutex the guard gave up.
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      if (const auto *Inner = dyn_cast<CXXMemberCallExpr>(
              Member->getImplicitObjectArgument()->IgnoreParenImpCasts())) {
        LockEvent Given = Model.classifyCall(Inner, Ctx);
        if (Given.EventKind == LockEvent::GuardRelease)
          for (const MutexRef &Mutex : mutexesOf(Given.Guard))
            State.erase(Mutex.Key);
      }
    return;
  case LockEvent::GuardLock:
    for (const MutexRef &Mutex : mutexesOf(Event.Guard))
      take(Mutex, Call->getBeginLoc(), Event.Guard, nullptr, State);
    return;
  case LockEvent::GuardUnlock:
    releaseGuard(Event.Guard, State);
    return;
  case LockEvent::GuardRelease:
    // The mutex stays locked; whoever unlocks it now does so by hand.
    for (auto &Entry : State)
      if (Entry.second.Guard == Event.Guard)
        Entry.second.Guard = nullptr;
    return;
  case LockEvent::GuardMoveAssign:
    releaseGuard(Event.Guard, State);
    if (!Event.Source)
      return;
    GuardMutexes[Event.Guard] = GuardMutexes.lookup(Event.Source);
    for (auto &Entry : State)
      if (Entry.second.Guard == Event.Source)
        Entry.second.Guard = Event.Guard;
    return;
  }
}

bool LockSetAnalysis::transfer(
    const CFGBlock &Block, LockSet &State, CallVisitor *Visit,
    llvm::function_ref<bool(const CFGElement &)> StopBefore) {
  for (const CFGElement &Element : Block) {
    if (StopBefore && StopBefore(Element))
      return true;
    if (std::optional<CFGAutomaticObjDtor> Dtor =
            Element.getAs<CFGAutomaticObjDtor>()) {
      if (GuardMutexes.count(Dtor->getVarDecl()))
        releaseGuard(Dtor->getVarDecl(), State);
      continue;
    }

    // A variable with a cleanup attribute (GLib's g_autoptr) runs its
    // cleanup function where a destructor would run.
    if (std::optional<CFGCleanupFunction> Cleanup =
            Element.getAs<CFGCleanupFunction>()) {
      if (GuardMutexes.count(Cleanup->getVarDecl()))
        releaseGuard(Cleanup->getVarDecl(), State);
      continue;
    }
    // A guard that lives as a temporary releases its mutexes at the end of
    // its full-expression, unless a variable has taken them over.
    if (std::optional<CFGTemporaryDtor> Dtor =
            Element.getAs<CFGTemporaryDtor>()) {
      if (std::optional<GuardDecl> Guard =
              Model.classifyTemporaryGuard(Dtor->getBindTemporaryExpr(), Ctx))
        for (const MutexRef &Mutex : Guard->Mutexes) {
          auto It = State.find(Mutex.Key);
          if (It != State.end() && It->second.Temporary)
            State.erase(It);
        }
      continue;
    }

    std::optional<CFGStmt> S = Element.getAs<CFGStmt>();
    if (!S)
      continue;
    const Stmt *Statement = S->getStmt();
    if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(Statement)) {
      if (std::optional<GuardDecl> Guard =
              Model.classifyTemporaryGuard(Bind, Ctx))
        for (const MutexRef &Mutex : Guard->Mutexes)
          if (!State.count(Mutex.Key)) {
            take(Mutex, Bind->getBeginLoc(), nullptr, nullptr, State);
            State[Mutex.Key].Temporary = true;
          }
      continue;
    }
    if (const auto *Decl = dyn_cast<DeclStmt>(Statement)) {
      for (const clang::Decl *D : Decl->decls())
        if (const auto *Var = dyn_cast<VarDecl>(D))
          applyGuardDecl(Var, State);
      continue;
    }
    if (const auto *Call = dyn_cast<CallExpr>(Statement)) {
      // The visitor sees the state before the call: a call that takes a
      // lock is not made under it.
      if (Visit)
        (*Visit)(Call, State);
      applyCall(Call, State);
      continue;
    }
    if (Visit && isa<CXXConstructExpr>(Statement))
      (*Visit)(cast<Expr>(Statement), State);
  }
  return false;
}

/// Whether \p E is the integer constant zero (or an enumerator equal to it,
/// such as C11's `thrd_success`).
static bool isZero(const Expr *E, const ASTContext &Ctx) {
  Expr::EvalResult Value;
  return !E->isValueDependent() && E->EvaluateAsInt(Value, Ctx) &&
         Value.Val.getInt() == 0;
}

void LockSetAnalysis::refineEdge(const Expr *Condition, bool Value,
                                 LockSet &State) {
  Condition = Condition->IgnoreParenImpCasts();

  if (const auto *Not = dyn_cast<UnaryOperator>(Condition)) {
    if (Not->getOpcode() == UO_LNot)
      refineEdge(Not->getSubExpr(), !Value, State);
    return;
  }

  // `trylock(&m) == 0` is true when the lock was taken.
  if (const auto *Compare = dyn_cast<BinaryOperator>(Condition)) {
    if (!Compare->isEqualityOp())
      return;
    const Expr *Other = nullptr;
    if (isZero(Compare->getRHS(), Ctx))
      Other = Compare->getLHS();
    else if (isZero(Compare->getLHS(), Ctx))
      Other = Compare->getRHS();
    if (Other)
      refineEdge(Other, Compare->getOpcode() == BO_EQ ? !Value : Value,
                 State);
    return;
  }

  const auto *Call = dyn_cast<CallExpr>(Condition);
  if (!Call)
    return;
  LockEvent Event = Model.classifyCall(Call, Ctx);
  Event.Guard = canonicalGuard(Event.Guard);
  switch (Event.EventKind) {
  case LockEvent::TryAcquire:
    if (Value != Event.SuccessIsZero)
      for (const MutexRef &Mutex : Event.Mutexes)
        take(Mutex, Call->getBeginLoc(), nullptr, Call, State);
    return;
  case LockEvent::GuardTryLock:
  case LockEvent::GuardOwns: {
    if (!Value)
      return;
    // Asking a guard whether it owns its mutex (`if (lk)`) takes nothing:
    // the guard took the mutex when it was made, so the note points there.
    SourceLocation Site = Event.EventKind == LockEvent::GuardOwns
                              ? Event.Guard->getLocation()
                              : Call->getBeginLoc();
    for (const MutexRef &Mutex : mutexesOf(Event.Guard))
      take(Mutex, Site, Event.Guard, nullptr, State);
    return;
  }
  default:
    return;
  }
}

void LockSetAnalysis::run(const CFG &Cfg, const LockSet &Entry,
                          CallVisitor Visit) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<std::optional<LockSet>> In(Cfg.getNumBlockIDs());
  In[Cfg.getEntry().getBlockID()] = Entry;

  // Computes the state on the edge from Block to its successor number
  // Index, given the state at the end of Block.
  // Each catch handler's try block: a throw reaches the handler with the
  // guards declared in the try block already destroyed.
  llvm::DenseMap<unsigned, SourceRange> TryBodyOfHandler;
  for (const CFGBlock *Dispatch : Cfg)
    if (const auto *Try =
            dyn_cast_or_null<CXXTryStmt>(Dispatch->getTerminatorStmt()))
      for (const CFGBlock::AdjacentBlock &Succ : Dispatch->succs())
        if (const CFGBlock *Catch = Succ.getReachableBlock())
          TryBodyOfHandler[Catch->getBlockID()] =
              Try->getTryBlock()->getSourceRange();
  auto ReleaseUnwound = [&](SourceRange Body, LockSet &State) {
    for (auto It = State.begin(); It != State.end();) {
      const VarDecl *Guard = It->second.Guard;
      if (Guard && SM.isPointWithin(Guard->getLocation(), Body.getBegin(),
                                    Body.getEnd()))
        It = State.erase(It);
      else
        ++It;
    }
  };

  auto EdgeState = [&](const CFGBlock &Block, unsigned Index,
                       const LockSet &Out, const CFGBlock &Next) {
    LockSet Edge = Out;
    if (Block.succ_size() == 2)
      if (const Expr *Condition = Block.getLastCondition())
        refineEdge(Condition, /*Value=*/Index == 0, Edge);
    auto Handler = TryBodyOfHandler.find(Next.getBlockID());
    if (Handler != TryBodyOfHandler.end())
      ReleaseUnwound(Handler->second, Edge);
    return Edge;
  };

  // Blocks are visited until no entry state changes. States only shrink
  // (or gain sites) at joins, so this terminates.
  std::deque<const CFGBlock *> Worklist;
  llvm::BitVector Queued(Cfg.getNumBlockIDs());
  auto Enqueue = [&](const CFGBlock *Block) {
    if (!Queued.test(Block->getBlockID())) {
      Queued.set(Block->getBlockID());
      Worklist.push_back(Block);
    }
  };
  auto Settle = [&] {
    while (!Worklist.empty()) {
      const CFGBlock *Block = Worklist.front();
      Worklist.pop_front();
      Queued.reset(Block->getBlockID());
      if (!In[Block->getBlockID()])
        continue;
      LockSet Out = *In[Block->getBlockID()];
      transfer(*Block, Out, nullptr);

      unsigned Index = 0;
      for (const CFGBlock::AdjacentBlock &Succ : Block->succs()) {
        unsigned ThisIndex = Index++;
        const CFGBlock *Next = Succ.getReachableBlock();
        if (!Next)
          continue;
        LockSet Edge = EdgeState(*Block, ThisIndex, Out, *Next);
        std::optional<LockSet> &Target = In[Next->getBlockID()];
        bool Changed;
        if (!Target) {
          Target = std::move(Edge);
          Changed = true;
        } else {
          Changed = joinMustHold(*Target, Edge, SM);
        }
        if (Changed)
          Enqueue(Next);
      }
    }
  };
  Enqueue(&Cfg.getEntry());
  Settle();

  // The CFG has no exception edges, so catch handlers have no predecessor.
  // A handler starts with the locks held everywhere in its try block, less
  // those of guards declared inside it, which unwinding releases. Handlers
  // may hold try blocks of their own: repeat until none is left.
  bool Seeded = true;
  while (Seeded) {
    Seeded = false;
    for (const CFGBlock *Dispatch : Cfg) {
      const auto *Try =
          dyn_cast_or_null<CXXTryStmt>(Dispatch->getTerminatorStmt());
      if (!Try)
        continue;
      SourceRange Body = Try->getTryBlock()->getSourceRange();
      auto InBody = [&](SourceLocation Loc) {
        return Loc.isValid() &&
               SM.isPointWithin(Loc, Body.getBegin(), Body.getEnd());
      };
      std::optional<LockSet> Handler;
      // The state where each block first runs code of the try block.
      for (const CFGBlock *Block : Cfg) {
        if (!In[Block->getBlockID()])
          continue;
        LockSet State = *In[Block->getBlockID()];
        bool Reached = transfer(*Block, State, nullptr,
                                [&](const CFGElement &Element) {
                                  std::optional<CFGStmt> S =
                                      Element.getAs<CFGStmt>();
                                  return S && InBody(S->getStmt()->getBeginLoc());
                                });
        if (!Reached)
          continue;
        if (!Handler)
          Handler = std::move(State);
        else
          joinMustHold(*Handler, State, SM);
      }
      if (!Handler)
        Handler.emplace();
      ReleaseUnwound(Body, *Handler);
      for (const CFGBlock::AdjacentBlock &Succ : Dispatch->succs()) {
        const CFGBlock *Catch = Succ.getReachableBlock();
        if (!Catch || In[Catch->getBlockID()])
          continue;
        In[Catch->getBlockID()] = *Handler;
        Enqueue(Catch);
        Seeded = true;
      }
    }
    Settle();
  }

  // One last pass over the settled states, this time reporting calls.
  for (const CFGBlock *Block : Cfg) {
    if (!In[Block->getBlockID()])
      continue;
    LockSet State = *In[Block->getBlockID()];
    transfer(*Block, State, &Visit);
  }
}

} // namespace lockio
