export default {connectToDevTools() {}, initialize() {}};
