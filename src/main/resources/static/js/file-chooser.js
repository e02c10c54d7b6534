// A file chooser with a Russian caption: the native input is hidden, a label-button opens it and the chosen name is
// shown beside it (browsers print «Choose file» in their own language otherwise).
document.addEventListener("change", (event) => {
  const chooser = event.target.closest("[data-file-chooser]");
  if (chooser && event.target.files && event.target.files.length > 0) {
    chooser.querySelector("[data-file-name]").textContent = event.target.files[0].name;
  }
});
