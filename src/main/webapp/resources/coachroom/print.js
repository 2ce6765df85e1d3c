// A print button (the page's inline scripts are refused by its content security policy).
document.addEventListener("click", (event) => {
  if (event.target.closest(".print-button")) {
    window.print();
  }
});
