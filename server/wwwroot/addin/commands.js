// The manifest's FunctionFile (/addin/commands.html): no button runs a function, but Office waits for onReady.
Office.onReady(function () {});
